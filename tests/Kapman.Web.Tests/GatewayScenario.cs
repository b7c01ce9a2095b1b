namespace Kapman.Web.Tests;

/// <summary>What the stub gateway answers.</summary>
public enum GatewayScenario
{
    /// <summary>
    /// A finished failed run for 2025-08-26 (Fixtures/latest-run.json), that session's Wyckoff snapshots (Fixtures/snapshots.json) and recommendations
    /// (served only for <c>?session=2025-08-26</c>), two recent runs (Fixtures/runs.json), two quarantined rows for
    /// 2025-08-26 and none for 2025-08-25 (Fixtures/quarantine.json), for XLE 25 bars with closes 1..25 (2025-07-23 .. 2025-08-26),
    /// indicators, 8 contracts, GEX by strike, gamma flip 86.7, dealer metrics and a snapshot history with phases A-D
    /// (Fixtures/*-xle.json, dealer-metrics.json), MSFT without bars, a replay by ingestion answering 3 events sent and one by options refused (400 problem),
    /// wyckoff unhealthy (its own 503) and execution's health check unreachable
    /// (a 503 marked by the gateway); the other services healthy. The execution API itself answers from
    /// <see cref="StubExecution"/> (kill switch normal until a test changes it).
    /// </summary>
    FullDay,

    /// <summary>No run yet (404), no snapshots, no recommendations; every service healthy.</summary>
    NoRunYet,

    /// <summary>Ingestion answers 500, wyckoff an unreadable body, recommendation is unreachable.</summary>
    Broken,
}
