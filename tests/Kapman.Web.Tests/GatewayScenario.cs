namespace Kapman.Web.Tests;

/// <summary>What the stub gateway answers.</summary>
public enum GatewayScenario
{
    /// <summary>
    /// A finished failed run for 2025-08-26 (Fixtures/latest-run.json), that session's alerts and recommendations
    /// (served only for <c>?session=2025-08-26</c>), wyckoff unhealthy (its own 503) and execution unreachable
    /// (a 503 marked by the gateway); the other services healthy.
    /// </summary>
    FullDay,

    /// <summary>No run yet (404), no alerts, no recommendations; every service healthy.</summary>
    NoRunYet,

    /// <summary>Ingestion answers 500, wyckoff an unreadable body, recommendation is unreachable.</summary>
    Broken,
}
