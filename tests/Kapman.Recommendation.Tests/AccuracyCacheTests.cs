using Dapper;
using Kapman.Recommendation.Accuracy;
using Kapman.Recommendation.Apis;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Outcomes;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The accuracy summary's cache on real PostgreSQL never serves a summary of calls that have since changed: the call of
/// <see cref="WeeklyOutcomeTests"/> (AAPL LONG at p = 0.5, target 220) scored as of 2025-08-27 has not reached its target (a
/// wrong call: the 08-27 bar closes at 199, below its 201 open, the entry; hit rate 0); re-scored as of 2025-09-30 it is a WIN (hit rate 1), the same row updated in place, so the
/// number of outcomes does not change. Unchanged calls are served from the cache without recomputing, until it is a minute old.
/// </summary>
public sealed class AccuracyCacheTests
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
                ('AAPL', '2025-08-27', 201, 205, 197, 199), ('AAPL', '2025-08-28', 204, 221, 203, 219), ('AAPL', '2025-09-30', 229, 230, 228, 229);
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
