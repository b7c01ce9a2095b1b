using Dapper;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.History;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The recommendation history path (issue 22, the demo's Accuracy page) on real PostgreSQL: over a backfilled range it makes
/// each session's call as the daily run does and scores it at the end of the week, without publishing anything. The call is
/// <see cref="WeeklyOutcomeTests"/>' AAPL SOS of 2025-08-26 (LONG, target 220, stop 190, confidence 0.5 with no earlier outcome);
/// the range 2025-08-26..2025-08-29 has four sessions of bars and one week, so the evaluation runs as of 2025-08-29: entry 201
/// (08-27 open), 08-28 high 221 ≥ 220, a WIN on day 2 over a 3-bar window, Brier (0.5 − 1)² = 0.25 (hand computed).
/// </summary>
public sealed class RecommendationHistoryTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateOnly Last = new(2025, 8, 29);
    private UpstreamDatabase db = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        await db.SetSnapshotAsync("AAPL", Session, 5, 0, null, "B", null, "SOS");
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO market_api.daily_bars_v1 VALUES ('AAPL', '2025-08-26', 198, 201, 197, 200),
                ('AAPL', '2025-08-27', 201, 205, 199, 204), ('AAPL', '2025-08-28', 204, 221, 203, 219), ('AAPL', '2025-08-29', 219, 222, 218, 220);
            """);
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task Each_session_is_decided_and_each_week_scored_and_nothing_is_published()
    {
        using var signal = new OutboxSignal();
        var calibration = new CalibrationService(CalibrationSettings.Default, TimeProvider.System);
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(), new TemplateJustificationWriter(), db.Inputs, calibration);
        var history = new RecommendationHistory(
            new ServiceDatabase(db.DataSource, signal), generator, db.Inputs, new OutcomeEvaluationService(db.DataSource, db.DataSource),
            new OptionOutcomeService(db.DataSource, db.DataSource, db.DataSource), calibration);
        var progress = new HistoryProgress();

        await history.RunAsync(Session, Last, progress, CancellationToken.None);
        await history.RunAsync(Session, Last, new HistoryProgress(), CancellationToken.None);

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var calls = await connection.QueryAsync<(string Ticker, DateOnly Session)>("SELECT ticker, session_date FROM recommendations");
        var outcome = await connection.QuerySingleAsync<(string Outcome, int? DaysToTarget, double Brier, double Entry, int WindowBars)>(
            "SELECT outcome_status, days_to_target, directional_brier, entry_price_actual, evaluation_window_days FROM recommendation_outcomes");
        var published = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox");
        Assert.Multiple(() =>
        {
            Assert.That(calls, Is.EqualTo(new[] { ("AAPL", Session) }), "one call, stored once although the range ran twice");
            Assert.That((outcome.Outcome, outcome.DaysToTarget, outcome.Entry, outcome.WindowBars), Is.EqualTo(("WIN", (int?)2, 201.0, 3)));
            Assert.That(outcome.Brier, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(published, Is.Zero, "old calls are not announced");
            Assert.That((progress.Total, progress.Done), Is.EqualTo((4, 4)), "four sessions of bars in the range");
        });
    }

    [TestCase(new[] { "2025-08-25", "2025-08-26", "2025-08-29", "2025-09-02" }, 2, true)]
    [TestCase(new[] { "2025-08-25", "2025-08-26", "2025-08-29", "2025-09-02" }, 1, false)]
    [TestCase(new[] { "2025-08-25", "2025-08-26", "2025-08-29", "2025-09-02" }, 3, true)]
    public void A_week_ends_on_its_last_session_and_the_range_on_its_last(string[] dates, int index, bool ends) =>
        Assert.That(RecommendationHistory.EndsWeek([.. dates.Select(DateOnly.Parse)], index), Is.EqualTo(ends));
}
