using Kapman.Notification.Data;

namespace Kapman.Notification.Routing;

/// <summary>One channel of a route in <c>GET /routes</c>.</summary>
/// <param name="Channel">email, telegram or discord.</param>
/// <param name="Routed">True when the table sends the route's messages here.</param>
/// <param name="Paused">True while the operator has the channel paused.</param>
/// <param name="Last">The latest message of the route on this channel, from the channel's log; null when none.</param>
public sealed record RouteChannelDto(string Channel, bool Routed, bool Paused, LastMessageDto? Last);
