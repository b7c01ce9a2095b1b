using Kapman.Notification.Core.Routing;
using Kapman.Notification.Data;
using Kapman.Notification.Routing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Notification.Apis;

/// <summary>
/// <c>GET /routes</c>: the routing table (issue 20 item 1) with the last message of each route on each channel;
/// <c>GET /channels</c>: whether each channel is paused and how many messages it holds.
/// </summary>
public static class RoutesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapRoutesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/routes", GetRoutes).WithName("GetRoutes").WithSummary("The routing table with the last message per route and channel").WithTags("Routing");
        app.MapGet("/channels", GetChannels).WithName("GetChannels").WithSummary("Each channel: paused or running, messages held").WithTags("Routing");
        return app;
    }

    /// <summary>Every route in table order, each with every channel.</summary>
    public static async Task<Ok<IReadOnlyList<RouteDto>>> GetRoutes(NotificationRouter router, RouteStore routes, ChannelControlStore controls, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(controls);
        var latest = (await routes.LatestAsync(ct)).ToDictionary(m => (m.Route, m.Channel));
        var paused = (await controls.ListAsync(ct)).ToDictionary(c => c.Channel, c => c.Paused, StringComparer.Ordinal);
        IReadOnlyList<RouteDto> table = [.. router.Table.Routes.Select(r => new RouteDto(r.Kind, r.Severity, r.Channels,
            [.. Channels.All.Select(c => new RouteChannelDto(c, r.Sends(c), paused.GetValueOrDefault(c), latest.GetValueOrDefault((r.Kind, c))))], r.Tiers))];
        return TypedResults.Ok(table);
    }

    /// <summary>Every channel's state.</summary>
    public static async Task<Ok<IEnumerable<ChannelStateDto>>> GetChannels(ChannelControlStore controls, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controls);
        return TypedResults.Ok(await controls.ListAsync(ct));
    }
}
