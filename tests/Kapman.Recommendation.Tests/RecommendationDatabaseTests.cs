using Dapper;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The generator and the evaluation job on a database of the test's own (created and dropped here), with the
/// upstream columns the service reads: SPY spot 100 with a spring entry, QQQ with no alert, and bars after the session.
/// </summary>
public sealed class RecommendationDatabaseTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private UpstreamDatabase db = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        await db.SetSnapshotAsync("SPY", Session, 3, 10, "SPRING_ENTRY", "A", "ENTRY_SETUP");
        await db.SetSnapshotAsync("QQQ", Session, 7, 2, null, null, null);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO options_api.dealer_metrics_v1 VALUES ('SPY', '2025-08-26', 100), ('QQQ', '2025-08-26', 500);
            INSERT INTO options_api.contracts_v1 VALUES
              ('SPY251024C00100000', 'call', '2025-10-24', 100, 4.9, 5.1, 0.52, 100, '2025-08-26', 'SPY'),
              ('SPY251024C00110000', 'call', '2025-10-24', 110, 1.9, 2.1, 0.30, 100, '2025-08-26', 'SPY'),
              ('SPY251024P00100000', 'put', '2025-10-24', 100, 4.4, 4.6, -0.48, 100, '2025-08-26', 'SPY'),
              ('QQQ251024C00500000', 'call', '2025-10-24', 500, 19, 20, 0.5, 100, '2025-08-26', 'QQQ');
            INSERT INTO market_api.daily_bars_v1 VALUES ('SPY', '2025-08-27', 100, 103, 99, 102), ('SPY', '2025-08-28', 102, 111, 101, 109);
            """);
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task Generation_stores_a_priced_long_call_and_a_reasoned_no_trade_and_evaluation_scores_it()
    {
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(), new TemplateJustificationWriter(), db.Inputs);
        using var signal = new OutboxSignal();
        await using (var tx = await new ServiceDatabase(db.DataSource, signal).BeginAsync(CancellationToken.None))
        {
            Assert.That(await RecommendationGenerator.WriteAsync(tx, Guid.NewGuid(), Session, await generator.DecideAsync(tx.Connection, Session, CancellationToken.None), CancellationToken.None), Is.EqualTo((1, 1)));
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(string Ticker, string Status, string? Occ, string? Reason, string? Action, double? MaxLoss, double? Breakeven, string Writer, string? Legs)>(
            "SELECT ticker, status, occ_symbol, no_trade_reason, action, max_loss, breakeven, writer, legs::text FROM recommendations ORDER BY ticker")).ToList();
        Assert.That(rows.Select(r => (r.Ticker, r.Status, r.Occ, r.Reason, r.Action)), Is.EqualTo(new[]
        {
            ("QQQ", "NO_TRADE", (string?)null, (string?)"no signal: BC 7/28, Spring 2/12", (string?)"HOLD"),
            ("SPY", "ISSUED", "SPY251024C00100000", null, "BUY"),
        }));
        Assert.That((rows[1].MaxLoss, rows[1].Breakeven, rows[1].Writer), Is.EqualTo(((double?)500, (double?)105, "template")));

        Assert.That(await db.OrphanLegsAsync(), Is.Zero, "every stored leg exists in the stored chain of its date");

        // Entry 100 (08-27 open); 08-28 high 111 >= target 110: WIN on day 2. No outcome before the session: the calibration's
        // confidence is the uninformed base rate 0.5 ("no edge"), Brier (0.5 - 1)^2 = 0.25.
        Assert.That(await new OutcomeEvaluationService(db.DataSource, db.DataSource).EvaluateAsync(new DateOnly(2025, 9, 30), CancellationToken.None), Is.EqualTo(1));
        var outcome = await connection.QuerySingleAsync<(string Outcome, int? DaysToTarget, double Brier, string Status)>(
            "SELECT outcome_status, days_to_target, directional_brier, status FROM recommendation_outcomes");
        Assert.That((outcome.Outcome, outcome.DaysToTarget, outcome.Status), Is.EqualTo(("WIN", (int?)2, "closed")));
        Assert.That(outcome.Brier, Is.EqualTo(0.25).Within(1e-12));
    }
}
