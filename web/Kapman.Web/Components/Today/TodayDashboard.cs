using Kapman.Web.Clients;

namespace Kapman.Web.Components.Today;

/// <summary>Everything the Today page shows; each part carries its own outcome so each section degrades alone.</summary>
/// <param name="Run">The latest pipeline run.</param>
/// <param name="Snapshots">Wyckoff scores and signals of the run's session (the alerts are the snapshots with a signal).</param>
/// <param name="Recommendations">Recommendations and no-trade decisions of the run's session.</param>
/// <param name="Health">The health of every service and when it was probed (<see cref="HealthCache"/>).</param>
public sealed record TodayDashboard(
    GatewayResult<PipelineRun> Run,
    GatewayResult<IReadOnlyList<WyckoffSnapshot>> Snapshots,
    GatewayResult<IReadOnlyList<Recommendation>> Recommendations,
    HealthReading Health)
{
    /// <summary>The session shown: the latest run's session, null when there is no run.</summary>
    public DateOnly? Session => Run.Value?.SessionDate;
}
