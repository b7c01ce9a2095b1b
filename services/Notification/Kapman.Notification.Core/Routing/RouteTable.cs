using Kapman.Notification.Core.Discord;

namespace Kapman.Notification.Core.Routing;

/// <summary>
/// The validated routing table (issue 20 item 1): one <see cref="Route"/> per kind of <see cref="RouteKinds"/>. Built only by
/// <see cref="Parse"/>, which refuses an unknown kind, an unknown or unsupported channel or Discord tier, an unknown severity and a missing kind, each
/// named in its error, so a wrong table stops the service at start instead of dropping messages.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, Route> routes;

    private RouteTable(Dictionary<string, Route> routes) => this.routes = routes;

    /// <summary>Every route, in the order of <see cref="RouteKinds.All"/>.</summary>
    public IReadOnlyList<Route> Routes => [.. RouteKinds.All.Select(k => routes[k])];

    /// <summary>The route of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="RouteKinds"/> (a programming error).</exception>
    public Route this[string kind] => routes.TryGetValue(kind, out var route)
        ? route
        : throw new ArgumentException($"'{kind}' is not a route kind ({string.Join(", ", RouteKinds.All)}).", nameof(kind));

    /// <summary>True when messages of <paramref name="kind"/> go out on <paramref name="channel"/>.</summary>
    public bool Sends(string kind, string channel) => this[kind].Sends(channel);

    /// <summary>True when messages of <paramref name="kind"/> are posted to the Discord tier <paramref name="tier"/>.</summary>
    public bool SendsTier(string kind, string tier) => this[kind].SendsTier(tier);

    /// <summary>
    /// Validates <paramref name="settings"/> (kind → setting; kinds, channels and severities in any letter case) into a table, or returns
    /// the errors, each naming the configuration key under <paramref name="section"/>; the table is null when there is any error.
    /// </summary>
    public static (RouteTable? Table, IReadOnlyList<string> Errors) Parse(IReadOnlyDictionary<string, RouteSetting> settings, string section)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        var parsed = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var (rawKind, setting) in settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var kind = rawKind.Trim().ToUpperInvariant();
            var key = $"{section}:{rawKind}";
            if (!RouteKinds.Carriers.TryGetValue(kind, out var carriers))
            {
                errors.Add($"{key}: unknown event kind '{rawKind}'; the kinds are {string.Join(", ", RouteKinds.All)}.");
                continue;
            }

            var severity = setting?.Severity?.Trim().ToLowerInvariant();
            if (severity is null || !Severities.All.Contains(severity, StringComparer.Ordinal))
            {
                errors.Add($"{key}:Severity: '{setting?.Severity}' is not a severity ({string.Join(", ", Severities.All)}).");
            }

            var channels = new List<string>();
            var tiers = new List<string>();
            foreach (var raw in (setting?.Channels ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (channel, tier) = Split(raw.ToLowerInvariant());
                if (!Channels.All.Contains(channel, StringComparer.Ordinal) || (tier is not null && channel != Channels.Discord))
                {
                    errors.Add($"{key}:Channels: unknown channel '{raw}'; the channels are {string.Join(", ", Channels.All)} (discord:<tier> for one tier).");
                }
                else if (!carriers.Contains(channel, StringComparer.Ordinal))
                {
                    errors.Add($"{key}:Channels: {kind} cannot go out on {channel} (no sender); it can on {string.Join(", ", carriers)}.");
                }
                else if (tier is not null && !DiscordTier.All.Contains(tier, StringComparer.Ordinal))
                {
                    errors.Add($"{key}:Channels: unknown Discord tier '{raw}'; the tiers are {string.Join(", ", DiscordTier.All)}.");
                }
                else
                {
                    if (!channels.Contains(channel, StringComparer.Ordinal))
                    {
                        channels.Add(channel);
                    }

                    if (channel == Channels.Discord)
                    {
                        tiers.AddRange(tier is null ? DiscordTier.All : new[] { tier });
                    }
                }
            }

            IReadOnlyList<string> routedTiers = [.. DiscordTier.All.Where(tiers.Contains)];
            if (!parsed.TryAdd(kind, new Route(kind, severity ?? string.Empty, [.. Channels.All.Where(channels.Contains)], routedTiers)))
            {
                errors.Add($"{key}: {kind} is routed twice.");
            }
        }

        errors.AddRange(RouteKinds.All.Where(k => !parsed.ContainsKey(k)).Select(k => $"{section}:{k}: missing; every kind needs a route (empty Channels mutes it)."));
        return errors.Count == 0 ? (new RouteTable(parsed), []) : (null, errors);
    }

    /// <summary><c>discord:premium</c> → (discord, premium); <c>email</c> → (email, null).</summary>
    private static (string Channel, string? Tier) Split(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (entry, null) : (entry[..colon].Trim(), entry[(colon + 1)..].Trim());
    }
}
