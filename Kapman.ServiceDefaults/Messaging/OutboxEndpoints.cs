using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>The outbox's read endpoint, mapped by every service with messaging (through <see cref="Extensions.MapDefaultEndpoints"/>).</summary>
public static class OutboxEndpoints
{
    /// <summary>Most rows <c>GET /outbox/failed</c> returns.</summary>
    public const int MaxFailed = 200;

    /// <summary>
    /// Maps <c>GET /outbox/failed?limit=50</c>: the rows the relay marked failed (<see cref="FailedOutboxRow"/>), newest
    /// first, <c>limit</c> clamped to 1..<see cref="MaxFailed"/>. The web's Ops page reads it through the gateway, so it
    /// never reads another service's schema.
    /// </summary>
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/outbox/failed", async (int? limit, OutboxStore store, CancellationToken ct) =>
            TypedResults.Ok(await store.FailedAsync(Math.Clamp(limit ?? 50, 1, MaxFailed), ct)))
            .WithTags("Outbox");
        return app;
    }
}
