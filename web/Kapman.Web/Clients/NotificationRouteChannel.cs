namespace Kapman.Web.Clients;

/// <summary>One channel of a route.</summary>
/// <param name="Channel">email, telegram or discord.</param>
/// <param name="Routed">True when the table sends the route's messages here.</param>
/// <param name="Paused">True while the operator has the channel paused.</param>
/// <param name="Last">The latest message of the route on this channel; null when none.</param>
public sealed record NotificationRouteChannel(string Channel, bool Routed, bool Paused, NotificationMessage? Last);
