using Dapper;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// Tickers Wyckoff analysed without a stored chain, on real PostgreSQL: a directional verdict becomes an
/// underlying-only call (NO_TRADE, never tradable, no contract), scored by the outcome job; a neutral one stores
/// nothing; an alerted one without bars is a plain "no option chain stored". Confidence is calibrated with the
/// trigger's outcomes resolved before the session.
/// </summary>
public sealed class UnderlyingOnlyGenerationTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private UpstreamDatabase db = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        await db.SetSnapshotAsync("AAPL", Session, 5, 0, null, "B", null, "SOS");
        await db.SetSnapshotAsync("MSFT", Session, 7, 2, null, "C", null);
        await db.SetSnapshotAsync("NVDA", Session, 3, 10, "SPRING_ENTRY", "A", "ENTRY_SETUP");
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO market_api.daily_bars_v1 VALUES ('AAPL', '2025-08-26', 198, 201, 197, 200), ('MSFT', '2025-08-26', 500, 505, 495, 502),
                ('AAPL', '2025-08-27', 201, 205, 199, 204), ('AAPL', '2025-08-28', 204, 221, 203, 219);
            """);
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task A_directional_verdict_without_a_chain_is_an_underlying_only_call_that_the_outcome_job_scores()
    {
        Assert.That(await GenerateAsync(), Is.EqualTo((0, 2)));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(string Ticker, string Status, bool UnderlyingOnly, string? Direction, double Confidence, string? Trigger,
            string? Occ, string? Legs, double? Target, double? Stop, DateOnly? WindowEnd, string? Reason)>(
            """
            SELECT ticker, status, underlying_only, direction, confidence, trigger, occ_symbol, legs::text, underlying_target, underlying_stop, window_end, no_trade_reason
            FROM recommendations ORDER BY ticker
            """)).ToList();
        Assert.That(rows.Select(r => r.Ticker), Is.EqualTo(new[] { "AAPL", "NVDA" }), "MSFT is neutral without a chain: nothing stored");

        var aapl = rows[0];
        // SOS in markup, spot = the 08-26 close 200: LONG at the event confidence 0.60, target 220, stop 190, window to 08-26 + 60 days.
        Assert.That((aapl.Status, aapl.UnderlyingOnly, aapl.Direction, aapl.Trigger, aapl.Occ, aapl.Legs),
            Is.EqualTo(("NO_TRADE", true, (string?)"LONG", (string?)"SOS", (string?)null, (string?)null)));
        Assert.That(new[] { aapl.Confidence, aapl.Target!.Value, aapl.Stop!.Value }, Is.EqualTo(new[] { 0.6, 220, 190 }).Within(1e-9));
        Assert.That(aapl.WindowEnd, Is.EqualTo(new DateOnly(2025, 10, 25)));
        Assert.That(aapl.Reason, Is.EqualTo("no option chain stored for AAPL on 2025-08-26: underlying-only LONG call on SOS, scored but not tradable"));

        var nvda = rows[1];
        Assert.That((nvda.Status, nvda.UnderlyingOnly, nvda.Confidence, nvda.Reason), Is.EqualTo(("NO_TRADE", false, 0.0, (string?)"no option chain stored for NVDA on 2025-08-26")));

        // Entry 201 (08-27 open); 08-28 high 221 >= target 220: WIN on day 2, Brier (0.6 - 1)^2 = 0.16.
        Assert.That(await new OutcomeEvaluationService(db.DataSource, db.DataSource).EvaluateAsync(new DateOnly(2025, 9, 30), CancellationToken.None), Is.EqualTo(1));
        var outcome = await connection.QuerySingleAsync<(string Outcome, int? DaysToTarget, double Brier, double Entry)>(
            "SELECT outcome_status, days_to_target, directional_brier, entry_price_actual FROM recommendation_outcomes");
        Assert.That((outcome.Outcome, outcome.DaysToTarget, outcome.Entry), Is.EqualTo(("WIN", (int?)2, 201.0)));
        Assert.That(outcome.Brier, Is.EqualTo(0.16).Within(1e-12));
    }

    [Test]
    public async Task Confidence_is_calibrated_with_the_triggers_outcomes_resolved_before_the_session()
    {
        // Four SOS calls resolved before 08-26 (one right) and one resolved on 08-26 itself (right, not yet known):
        // p = (1 + 20 x 0.6) / (4 + 20) = 13 / 24. Another trigger's outcomes do not count.
        await using (var connection = await db.DataSource.OpenConnectionAsync())
        {
            var history = new[] { ("SOS", "2025-07-01", false), ("SOS", "2025-07-15", true), ("SOS", "2025-08-01", false), ("SOS", "2025-08-25", false),
                ("SOS", "2025-08-26", true), ("SOW", "2025-08-01", true) };
            for (var i = 0; i < history.Length; i++)
            {
                var (trigger, resolved, correct) = history[i];
                await connection.ExecuteAsync(
                    """
                    INSERT INTO recommendations (id, ticker, session_date, status, confidence, justification, writer, model_version, trigger, direction)
                    VALUES (@id, @ticker, DATE '2025-06-02', 'ISSUED', 0.6, 'x', 'template', 'test', @trigger, 'LONG');
                    INSERT INTO recommendation_outcomes (id, recommendation_id, evaluation_date, evaluation_window_days, entry_price_actual, exit_price_actual,
                        high_price_during_window, low_price_during_window, days_held, max_favorable_excursion, max_adverse_excursion, direction_correct,
                        predicted_confidence, directional_brier, actual_return_pct, hit_profit_target, hit_stop_loss, outcome_status, status)
                    VALUES (@outcome, @id, CAST(@resolved AS date), 10, 1, 1, 1, 1, 10, 0, 0, @correct, 0.6, 0, 0, false, false, 'NEUTRAL', 'expired');
                    """,
                    new { id = Guid.NewGuid(), outcome = Guid.NewGuid(), ticker = "H" + i, trigger, resolved, correct });
            }
        }

        await GenerateAsync();
        await using var read = await db.DataSource.OpenConnectionAsync();
        var (confidence, rule) = await read.QuerySingleAsync<(double, double?)>(
            "SELECT confidence, rule_confidence FROM recommendations WHERE ticker = 'AAPL'");
        Assert.That(confidence, Is.EqualTo(13 / 24.0).Within(1e-12));
        Assert.That(rule, Is.EqualTo(0.6));
    }

    [Test]
    public async Task The_list_hides_underlying_only_calls_by_default_except_an_alerted_tickers()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO market_api.daily_bars_v1 VALUES ('NVDA', '2025-08-26', 99, 101, 98, 100)");
        await GenerateAsync();

        async Task<string[]> List(bool? underlyingOnly) =>
            (await RecommendationQueries.ListAsync(connection, new RecommendationFilter(Session, UnderlyingOnly: underlyingOnly), CancellationToken.None))
            .Select(r => $"{r.Ticker} {r.Status} {r.UnderlyingOnly} {r.Direction} {r.Trigger}").ToArray();

        // NVDA's spring entry alert without a chain is an underlying-only LONG call the desk still sees (as NO_TRADE).
        Assert.That(await List(null), Is.EqualTo(new[] { "NVDA NO_TRADE True LONG SPRING_ENTRY" }));
        // Highest confidence first: NVDA 10/12 before AAPL 0.60.
        Assert.That(await List(true), Is.EqualTo(new[] { "NVDA NO_TRADE True LONG SPRING_ENTRY", "AAPL NO_TRADE True LONG SOS" }));
        Assert.That(await List(false), Is.Empty);
    }

    private async Task<(int Issued, int NoTrade)> GenerateAsync()
    {
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(), new TemplateJustificationWriter(), db.Inputs);
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(db.DataSource, signal).BeginAsync(CancellationToken.None);
        var counts = await RecommendationGenerator.WriteAsync(tx, Guid.NewGuid(), Session, await generator.DecideAsync(tx.Connection, Session, CancellationToken.None), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return counts;
    }
}
