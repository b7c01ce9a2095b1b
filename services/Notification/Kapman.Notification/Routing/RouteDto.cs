namespace Kapman.Notification.Routing;

/// <summary>One row of <c>GET /routes</c>: the route as configured and, per channel, its last message.</summary>
/// <param name="Kind">The event kind (<see cref="Core.Routing.RouteKinds"/>).</param>
/// <param name="Severity">info, warning or critical.</param>
/// <param name="Channels">The channels the table sends it to.</param>
/// <param name="PerChannel">Every channel, routed or not (a message sent before a route changed still shows), in display order.</param>
/// <param name="DiscordTiers">The Discord tiers it is posted to (premium, basic, free), empty when Discord is not routed.</param>
public sealed record RouteDto(string Kind, string Severity, IReadOnlyList<string> Channels, IReadOnlyList<RouteChannelDto> PerChannel, IReadOnlyList<string> DiscordTiers);
