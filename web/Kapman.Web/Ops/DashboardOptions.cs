namespace Kapman.Web.Ops;

/// <summary>
/// Where the Aspire dashboard is (configuration <c>Kapman:DashboardUrl</c>, env <c>Kapman__DashboardUrl</c>), e.g.
/// <c>http://127.0.0.1:18888/</c> or the login URL with its token that the AppHost prints. When set, the Ops page links to
/// it for service health, logs, traces and metrics, and keeps only what the dashboard does not do (runs, quarantine,
/// queues with re-drive, failed outbox rows, replay); when unset, the page shows service health and the metrics links itself.
/// </summary>
public sealed class DashboardOptions
{
    /// <summary>Configuration section holding <see cref="DashboardUrl"/>.</summary>
    public const string Section = "Kapman";

    /// <summary>The dashboard's address (absolute http or https), or null when there is none.</summary>
    public Uri? DashboardUrl { get; set; }

    /// <summary>True when <see cref="DashboardUrl"/> is unset or an absolute http(s) URL (checked at startup).</summary>
    public bool IsValid => DashboardUrl is null || (DashboardUrl.IsAbsoluteUri && DashboardUrl.Scheme is "http" or "https");
}
