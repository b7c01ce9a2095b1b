using Kapman.Web.Clients;

namespace Kapman.Web.Components.Today;

/// <summary>
/// Loads the Today page: the latest run (it names the session), that session's alerting Wyckoff snapshots (EXIT, PREPARE,
/// ENTRY: the only ones the page lists) and recommendations, and the service health from <see cref="HealthCache"/> (probed at
/// most every few seconds, in the background). The latest run's session is nearly always each service's latest, so the
/// snapshots and recommendations of each service's latest session are read beside the run, in one round of calls; a list
/// that turns out to be of another session (or empty, or failed) is read again for the run's session. Without a run, each
/// service's latest session is shown.
/// </summary>
public sealed class TodayLoader(
    IngestionClient ingestion,
    WyckoffClient wyckoff,
    RecommendationClient recommendation,
    HealthCache health)
{
    /// <summary>Loads every section; failures are captured per section, never thrown.</summary>
    public async Task<TodayDashboard> LoadAsync(CancellationToken cancellationToken)
    {
        var healthTask = health.GetAsync(cancellationToken);
        var runTask = ingestion.GetLatestRunAsync(cancellationToken);
        var latestSnapshots = wyckoff.GetAlertingSnapshotsAsync(null, cancellationToken);
        var latestRecommendations = recommendation.GetRecommendationsAsync(null, cancellationToken);
        var run = await runTask;
        var session = run.Value?.SessionDate;
        var snapshotsTask = OfSessionAsync(latestSnapshots, session, s => s.SessionDate, day => wyckoff.GetAlertingSnapshotsAsync(day, cancellationToken));
        var recommendationsTask = OfSessionAsync(
            latestRecommendations, session, r => r.SessionDate, day => recommendation.GetRecommendationsAsync(day, cancellationToken));
        return new TodayDashboard(run, await snapshotsTask, await recommendationsTask, await healthTask);
    }

    /// <summary>The latest list when it is all of <paramref name="session"/> (or there is no run); else the session's own, read now.</summary>
    private static async Task<GatewayResult<IReadOnlyList<T>>> OfSessionAsync<T>(
        Task<GatewayResult<IReadOnlyList<T>>> latest, DateOnly? session, Func<T, DateOnly> sessionOf,
        Func<DateOnly, Task<GatewayResult<IReadOnlyList<T>>>> read)
    {
        var result = await latest;
        if (session is not { } day || result.Value is { Count: > 0 } items && items.All(i => sessionOf(i) == day))
        {
            return result;
        }

        return await read(day);
    }
}
