using Dapper;
using Npgsql;
using Microsoft.Extensions.Time.Testing;
using Kapman.Recommendation.Apis;
using Kapman.Recommendation.Accuracy;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Outcomes;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The weekly run's directional evaluation (docs/domain/recommendations.md#outcome-evaluation, seed 000 §5.5, FR-009) on real PostgreSQL: it
/// scores the stored call as of the run's session (a bar after that date is left out of the window). The call: AAPL SOS
/// in markup on 2025-08-26, spot 200, LONG (rule 0.60; calibrated on no earlier outcome: the base rate 0.5, "no edge"), target
/// 220, stop 190; entry 201 (08-27 open), 08-28 high 221 ≥ 220: WIN on day 2, Brier (0.5 − 1)² = 0.25 (hand computed); the
/// accuracy summary then groups it by trigger, phase and strategy. The accuracy cache never serves a summary of calls that have
/// since changed: scored as of 2025-08-27 the call is wrong (the 08-27 bar closes at 199, below its 201 open, the entry; hit rate
/// 0); re-scored as of 2025-09-30 it is the WIN (hit rate 1), the same row updated in place, so the number of outcomes is unchanged.
/// </summary>
public sealed class WeeklyOutcomeTests
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
                ('AAPL', '2025-08-27', 201, 205, 197, 199), ('AAPL', '2025-08-28', 204, 221, 203, 219), ('AAPL', '2025-09-30', 229, 230, 228, 229),
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
    public async Task The_weekly_evaluation_scores_the_stored_calls_as_of_the_run_session()
    {
        var evaluation = new OutcomeEvaluationService(db.DataSource, db.DataSource);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var stored = await evaluation.EvaluateAsync(new DateOnly(2025, 9, 30), CancellationToken.None);
        var outcome = await connection.QuerySingleAsync<(string Outcome, int? DaysToTarget, double Brier, double Entry, int WindowBars)>(
            "SELECT outcome_status, days_to_target, directional_brier, entry_price_actual, evaluation_window_days FROM recommendation_outcomes");
        Assert.That(stored, Is.EqualTo(1));
        // As of the weekly run's session 2025-09-30 the window holds the 08-27, 08-28 and 09-30 bars, not 10-01's.
        Assert.That((outcome.Outcome, outcome.DaysToTarget, outcome.Entry, outcome.WindowBars),
            Is.EqualTo(("WIN", (int?)2, 201.0, 3)));
        Assert.That(outcome.Brier, Is.EqualTo(0.25).Within(1e-12));

        // The target was reached, so the outcome is final: a later weekly run leaves it alone (seed 000 §5.5: weekly until the window
        // closes), unless the call itself is rewritten (a rerun of its session), which is a new revision and is scored again.
        var evaluatedAt = await connection.ExecuteScalarAsync<DateTime>("SELECT evaluated_at FROM recommendation_outcomes");
        Assert.That(await evaluation.EvaluateAsync(new DateOnly(2025, 10, 31), CancellationToken.None), Is.Zero, "a closed call is not re-scored");
        Assert.That(await connection.ExecuteScalarAsync<DateTime>("SELECT evaluated_at FROM recommendation_outcomes"), Is.EqualTo(evaluatedAt));
        await connection.ExecuteAsync("UPDATE recommendations SET updated_at = updated_at + interval '1 second'");
        Assert.That(await evaluation.EvaluateAsync(new DateOnly(2025, 10, 31), CancellationToken.None), Is.EqualTo(1), "a rewritten call is scored again");

        // The accuracy endpoint's summary: one right call at p = 0.5, grouped under its trigger, phase letter and "no chain".
        var summary = AccuracyAggregator.Summarize(await OutcomeStore.ScoredCallsAsync(connection, CancellationToken.None));
        Assert.That(new[] { summary.BySignal, summary.ByPhase, summary.ByStrategy }.Select(g => g.Single().Key), Is.EqualTo(new[] { "SOS", "B", "UNDERLYING" }));
        Assert.That((summary.Overall.Count, summary.Overall.HitRate), Is.EqualTo((1, 1.0)));
        Assert.That(summary.Overall.MeanBrier, Is.EqualTo(0.25).Within(1e-12));
    }

    [Test]
    public async Task A_rescored_call_is_seen_at_once_and_unchanged_calls_are_not_recomputed_within_a_minute()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero));
        using var cache = new AccuracyCache(clock);
        var computed = 0;
        Task<AccuracySummary> Count(NpgsqlConnection c, CancellationToken ct)
        {
            computed++;
            return OutcomesApi.SummarizeAsync(c, ct);
        }

        var evaluation = new OutcomeEvaluationService(db.DataSource, db.DataSource);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await evaluation.EvaluateAsync(new DateOnly(2025, 8, 27), CancellationToken.None);
        var early = await cache.GetAsync(connection, Count, CancellationToken.None);
        Assert.That((early.Overall.Count, early.Overall.HitRate), Is.EqualTo((1, 0.0)), "as of 08-27 the close is below the entry and the 220 target is not reached");

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.That(await cache.GetAsync(connection, Count, CancellationToken.None), Is.SameAs(early));
        Assert.That(computed, Is.EqualTo(1), "unchanged calls are served from the cache");

        await evaluation.EvaluateAsync(new DateOnly(2025, 9, 30), CancellationToken.None);
        var late = await cache.GetAsync(connection, Count, CancellationToken.None);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM recommendation_outcomes"), Is.EqualTo(1), "re-scored in place");
        Assert.That((late.Overall.Count, late.Overall.HitRate), Is.EqualTo((1, 1.0)), "the 08-28 high of 221 reaches the target");

        clock.Advance(AccuracyCache.MaxAge);
        await cache.GetAsync(connection, Count, CancellationToken.None);
        Assert.That(computed, Is.EqualTo(3), "a minute-old summary is recomputed even when its version is unchanged");
    }
}
