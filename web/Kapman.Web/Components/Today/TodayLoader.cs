using Kapman.Web.Clients;

namespace Kapman.Web.Components.Today;

/// <summary>
/// Loads the Today page: the latest run first (it names the session), then that session's alerting Wyckoff snapshots
/// (EXIT, PREPARE, ENTRY: the only ones the page lists) and recommendations, both at once; service health comes from
/// <see cref="HealthCache"/> (probed at most every few seconds, in the background), read in parallel with all of it. Without a
/// run, snapshots and recommendations come from each service's latest session.
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
        var run = await ingestion.GetLatestRunAsync(cancellationToken);
        var session = run.Value?.SessionDate;
        var snapshotsTask = wyckoff.GetAlertingSnapshotsAsync(session, cancellationToken);
        var recommendationsTask = recommendation.GetRecommendationsAsync(session, cancellationToken);
        return new TodayDashboard(run, await snapshotsTask, await recommendationsTask, await healthTask);
    }
}
