using Kapman.Notification.Core.Discord;

namespace Kapman.Notification.Core.Routing;

/// <summary>One row of the routing table: where messages of <paramref name="Kind"/> go, and how severe they are.</summary>
/// <param name="Kind">One of <see cref="RouteKinds"/>.</param>
/// <param name="Severity">One of <see cref="Severities"/>.</param>
/// <param name="Channels">The channels (<see cref="Routing.Channels"/>), in display order; empty = the kind is muted.</param>
/// <param name="DiscordTiers">The Discord tiers (<see cref="DiscordTier"/>) it is posted to, in delivery order; empty when
/// <paramref name="Channels"/> has no Discord; null = every tier when it has.</param>
public sealed record Route(string Kind, string Severity, IReadOnlyList<string> Channels, IReadOnlyList<string>? DiscordTiers = null)
{
    /// <summary>The Discord tiers of this route: <see cref="DiscordTiers"/>, or every tier when Discord is routed and none are named.</summary>
    public IReadOnlyList<string> Tiers => DiscordTiers ?? (Sends(Routing.Channels.Discord) ? DiscordTier.All : []);

    /// <summary>True when messages of this kind go out on <paramref name="channel"/>.</summary>
    public bool Sends(string channel) => Channels.Contains(channel, StringComparer.Ordinal);

    /// <summary>True when messages of this kind are posted to the Discord tier <paramref name="tier"/>.</summary>
    public bool SendsTier(string tier) => Tiers.Contains(tier, StringComparer.Ordinal);
}
