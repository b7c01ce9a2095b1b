using Kapman.Wyckoff.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Wyckoff.Apis;

/// <summary><c>GET /snapshots</c> and <c>GET /alerts</c>; the latest session when none is given.</summary>
public static class WyckoffApi
{
    public static IEndpointRouteBuilder MapWyckoffApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/snapshots", GetSnapshots).WithName("GetSnapshots").WithSummary("Snapshots of a session").WithTags("Wyckoff");
        app.MapGet("/alerts", GetAlerts).WithName("GetAlerts").WithSummary("Alerts of a session").WithTags("Wyckoff");
        return app;
    }

    /// <summary>
    /// The session's snapshots (latest session when null); with <c>signal</c> (repeatable, e.g.
    /// <c>?signal=EXIT&amp;signal=ENTRY</c>) only those whose signal is one of them.
    /// </summary>
    public static async Task<Ok<IEnumerable<SnapshotDto>>> GetSnapshots(DateOnly? session, string[]? signal, SnapshotStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.SnapshotsAsync(session, signal ?? [], ct));
    }

    /// <summary>The session's alerts (latest session with snapshots when null).</summary>
    public static async Task<Ok<IEnumerable<AlertDto>>> GetAlerts(DateOnly? session, SnapshotStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.AlertsAsync(session, ct));
    }
}
