namespace Kapman.Web.Clients;

/// <summary>One row of notification's routing table (<c>GET /api/notification/routes</c>).</summary>
/// <param name="Kind">The event kind, e.g. BC_EXIT, FILL, KILL_SWITCH.</param>
/// <param name="Severity">info, warning or critical.</param>
/// <param name="Channels">The channels the table sends it to.</param>
/// <param name="PerChannel">Every channel (email, telegram, discord), routed or not, with its last message.</param>
public sealed record NotificationRoute(string Kind, string Severity, IReadOnlyList<string> Channels, IReadOnlyList<NotificationRouteChannel> PerChannel);
