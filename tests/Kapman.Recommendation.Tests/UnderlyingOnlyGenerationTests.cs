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
/// nothing; an alerted one without bars is a plain "no option chain stored". With no outcome before the session the
/// calibrated confidence is the uninformed base rate 0.5 and the call is marked "no edge" (see <see cref="CalibrationServiceTests"/>).
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
        // SOS in markup, spot = the 08-26 close 200: LONG (rule confidence 0.60, calibrated 0.5), target 220, stop 190, window to 08-26 + 60 days.
        Assert.That((aapl.Status, aapl.UnderlyingOnly, aapl.Direction, aapl.Trigger, aapl.Occ, aapl.Legs),
            Is.EqualTo(("NO_TRADE", true, (string?)"LONG", (string?)"SOS", (string?)null, (string?)null)));
        Assert.That(new[] { aapl.Confidence, aapl.Target!.Value, aapl.Stop!.Value }, Is.EqualTo(new[] { 0.5, 220, 190 }).Within(1e-9));
        Assert.That(aapl.WindowEnd, Is.EqualTo(new DateOnly(2025, 10, 25)));
        Assert.That(aapl.Reason, Is.EqualTo("no option chain stored for AAPL on 2025-08-26: underlying-only LONG call on SOS, scored but not tradable"));

        var nvda = rows[1];
        Assert.That((nvda.Status, nvda.UnderlyingOnly, nvda.Confidence, nvda.Reason), Is.EqualTo(("NO_TRADE", false, 0.0, (string?)"no option chain stored for NVDA on 2025-08-26")));

        // Entry 201 (08-27 open); 08-28 high 221 >= target 220: WIN on day 2, Brier (0.5 - 1)^2 = 0.25.
        Assert.That(await new OutcomeEvaluationService(db.DataSource, db.DataSource).EvaluateAsync(new DateOnly(2025, 9, 30), CancellationToken.None), Is.EqualTo(1));
        var outcome = await connection.QuerySingleAsync<(string Outcome, int? DaysToTarget, double Brier, double Entry)>(
            "SELECT outcome_status, days_to_target, directional_brier, entry_price_actual FROM recommendation_outcomes");
        Assert.That((outcome.Outcome, outcome.DaysToTarget, outcome.Entry), Is.EqualTo(("WIN", (int?)2, 201.0)));
        Assert.That(outcome.Brier, Is.EqualTo(0.25).Within(1e-12));
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
        // Highest confidence first, then by ticker: both at the uninformed base rate 0.5.
        Assert.That(await List(true), Is.EqualTo(new[] { "AAPL NO_TRADE True LONG SOS", "NVDA NO_TRADE True LONG SPRING_ENTRY" }));
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
