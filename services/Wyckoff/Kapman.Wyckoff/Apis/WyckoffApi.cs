using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Apis;

/// <summary><c>GET /snapshots</c> and <c>GET /alerts</c>; the latest session when none is given.</summary>
public static class WyckoffApi
{
    public static IEndpointRouteBuilder MapWyckoffApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/snapshots", async (DateOnly? session, SnapshotStore store, CancellationToken ct) => TypedResults.Ok(await store.SnapshotsAsync(session, ct))).WithTags("Wyckoff");
        app.MapGet("/alerts", async (DateOnly? session, SnapshotStore store, CancellationToken ct) => TypedResults.Ok(await store.AlertsAsync(session, ct))).WithTags("Wyckoff");
        return app;
    }
}
