namespace Kapman.Notification.Core.Routing;

/// <summary>One row of the routing table: where messages of <paramref name="Kind"/> go, and how severe they are.</summary>
/// <param name="Kind">One of <see cref="RouteKinds"/>.</param>
/// <param name="Severity">One of <see cref="Severities"/>.</param>
/// <param name="Channels">The channels (<see cref="Routing.Channels"/>), in display order; empty = the kind is muted.</param>
public sealed record Route(string Kind, string Severity, IReadOnlyList<string> Channels)
{
    /// <summary>True when messages of this kind go out on <paramref name="channel"/>.</summary>
    public bool Sends(string channel) => Channels.Contains(channel, StringComparer.Ordinal);
}
