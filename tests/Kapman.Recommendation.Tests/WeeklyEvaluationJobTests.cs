using Dapper;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Outcomes;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The weekly evaluation job (docs/domain/recommendations.md#outcome-evaluation, seed 000 §5.5, FR-009) on real PostgreSQL with a manual clock: nothing is evaluated
/// before a week has passed; a week after start it scores the stored call as of the clock's date (a bar after that
/// date is left out of the window). The call: AAPL SOS
/// in markup on 2025-08-26, spot 200, LONG at 0.60, target 220, stop 190; entry 201 (08-27 open), 08-28 high 221 ≥ 220:
/// WIN on day 2, Brier (0.6 − 1)² = 0.16 (hand computed); the accuracy summary then groups it by trigger, phase and strategy.
/// </summary>
public sealed class WeeklyEvaluationJobTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
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
                ('AAPL', '2025-08-27', 201, 205, 199, 204), ('AAPL', '2025-08-28', 204, 221, 203, 219), ('AAPL', '2025-09-30', 229, 230, 228, 229),
                ('AAPL', '2025-10-01', 230, 231, 229, 230);
            """);
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(), new TemplateJustificationWriter(), db.Inputs);
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(db.DataSource, signal).BeginAsync(CancellationToken.None);
        await RecommendationGenerator.WriteAsync(tx, Guid.NewGuid(), Session, await generator.DecideAsync(tx.Connection, Session, CancellationToken.None), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task The_job_scores_the_stored_calls_once_a_week_as_of_the_clock()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 9, 23, 22, 0, 0, TimeSpan.Zero));
        using var job = new WeeklyEvaluationJob(new OutcomeEvaluationService(db.DataSource, db.DataSource), clock, NullLogger<WeeklyEvaluationJob>.Instance);
        await job.StartAsync(CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();

        for (var attempt = 0; attempt < 200 && !clock.HasArmedTimer; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.That(clock.HasArmedTimer, Is.True, "the job armed no timer within 10 s of starting");
        clock.Advance(TimeSpan.FromDays(6.9));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM recommendation_outcomes"), Is.Zero, "no evaluation before a week");

        clock.Advance(TimeSpan.FromDays(0.1));
        (string Outcome, int? DaysToTarget, double Brier, double Entry, int WindowBars)? outcome = null;
        for (var attempt = 0; attempt < 200 && outcome is null; attempt++)
        {
            outcome = await connection.QuerySingleOrDefaultAsync<(string, int?, double, double, int)?>(
                "SELECT outcome_status, days_to_target, directional_brier, entry_price_actual, evaluation_window_days FROM recommendation_outcomes");
            await Task.Delay(50);
        }

        await job.StopAsync(CancellationToken.None);
        Assert.That(outcome, Is.Not.Null, "the job did not evaluate after a week (waited 10 s)");
        // As of the clock's 2025-09-30 (start 09-23 22:00 + 7 days) the window holds the 08-27, 08-28 and 09-30 bars, not 10-01's.
        Assert.That((outcome!.Value.Outcome, outcome.Value.DaysToTarget, outcome.Value.Entry, outcome.Value.WindowBars),
            Is.EqualTo(("WIN", (int?)2, 201.0, 3)));
        Assert.That(outcome.Value.Brier, Is.EqualTo(0.16).Within(1e-12));

        // The accuracy endpoint's summary: one right call at p = 0.6, grouped under its trigger, phase letter and "no chain".
        var summary = AccuracyAggregator.Summarize(await OutcomeStore.ScoredCallsAsync(connection, CancellationToken.None));
        Assert.That(new[] { summary.BySignal, summary.ByPhase, summary.ByStrategy }.Select(g => g.Single().Key), Is.EqualTo(new[] { "SOS", "B", "UNDERLYING" }));
        Assert.That((summary.Overall.Count, summary.Overall.HitRate), Is.EqualTo((1, 1.0)));
        Assert.That(summary.Overall.MeanBrier, Is.EqualTo(0.16).Within(1e-12));
    }
}
