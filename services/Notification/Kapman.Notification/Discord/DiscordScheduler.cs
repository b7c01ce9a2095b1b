using Kapman.Contracts;
using Kapman.Notification.Core.Discord;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Discord.Data;
using Kapman.Notification.Discord.Webhook;
using Kapman.Notification.Routing;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Discord;

/// <summary>
/// Turns an event into its three tier deliveries (seed 004 §8): each tier's embed (<see cref="DiscordRedaction"/>), due at the
/// consuming time plus the tier's delay, written in the consumer's transaction so that the schedule commits with the inbox mark
/// and survives a restart. Nothing is scheduled while Discord is disabled. Updates to a post (a later fill, a close) are events
/// of their own and get the same cadence.
/// The routing table decides first (<see cref="NotificationRouter"/>): a route without Discord schedules nothing, and a route naming
/// some tiers (<c>discord:premium</c>) schedules only those; each tier keeps its own redaction and delay.
/// </summary>
public sealed class DiscordScheduler(IOptions<DiscordOptions> options, TimeProvider clock, NotificationRouter router)
{
    /// <summary>Kind of a Wyckoff alert post.</summary>
    public const string AlertKind = "WYCKOFF_ALERT";

    /// <summary>Kind of a recommendation post.</summary>
    public const string RecommendationKind = "RECOMMENDATION";

    /// <summary>Kind of an order fill or close post.</summary>
    public const string OrderKind = "ORDER";

    /// <summary>Schedules a Wyckoff alert; its timestamp is the consuming time (the event carries none).</summary>
    public Task AlertAsync(WyckoffAlertRaised message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Routed(message.Kind))
        {
            return Task.CompletedTask;
        }

        var facts = new AlertFacts(message.Kind, message.Ticker, message.Score, message.SessionDate, clock.GetUtcNow());
        return ScheduleAsync(tx, message.Kind, facts.Key, AlertKind, message.SessionDate, message.Ticker, tier => DiscordRedaction.Alert(facts, tier), ct);
    }

    /// <summary>Schedules a recommendation (a version-1 event has no legs, limit or size and is posted without them).</summary>
    public Task RecommendationAsync(RecommendationIssued message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Routed(RouteKinds.Recommendation))
        {
            return Task.CompletedTask;
        }

        var legs = (message.Legs ?? []).Select(l => new RecommendationLegFacts(l.Side, l.Ratio, l.Strike, l.Right, l.Expiration, l.LimitPrice)).ToArray();
        var facts = new RecommendationFacts(message.RecommendationId, message.Ticker, message.Strategy, legs, message.NetLimitPrice, message.Contracts,
            message.Expiration, message.Dte, message.SessionDate, clock.GetUtcNow());
        return ScheduleAsync(tx, RouteKinds.Recommendation, facts.Key, RecommendationKind, message.SessionDate, message.Ticker,
            tier => DiscordRedaction.Recommendation(facts, tier), ct);
    }

    /// <summary>Schedules an order's fill, partial fill or close; other states are not posted.</summary>
    public Task OrderAsync(OrderStateChanged message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Routed(RouteKinds.OfOrderState(message.ToState)))
        {
            return Task.CompletedTask;
        }

        var facts = new OrderFacts(message.OrderId, message.Ticker, message.Description,
            message.Legs.Select(l => new OrderLegFacts(l.Side, l.OccSymbol, l.PositionEffect)).ToArray(), message.ToState, message.FillQuantity,
            message.FillPrice, message.FilledQuantity, message.Quantity, message.Mode, message.Simulated, message.At);
        return ScheduleAsync(tx, RouteKinds.OfOrderState(message.ToState), facts.Key, OrderKind, message.SessionDate, message.Ticker,
            tier => DiscordRedaction.Order(facts, tier), ct);
    }

    /// <summary>True when the routing table sends <paramref name="kind"/> to Discord (a kind it does not know is scheduled as before).</summary>
    private bool Routed(string kind) => !NotificationRouter.IsKnown(kind) || router.Sends(kind, Channels.Discord);

    /// <summary>True when the route of <paramref name="kind"/> posts to <paramref name="tier"/> (every tier for a kind the table does not know).</summary>
    private bool RoutedTier(string kind, string tier) => !NotificationRouter.IsKnown(kind) || router.Table.SendsTier(kind, tier);

    private async Task ScheduleAsync(OutboxTransaction tx, string route, string key, string kind, DateOnly session, string? ticker,
        Func<string, DiscordEmbed?> embed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var rows = DiscordTier.All
            .Where(tier => RoutedTier(route, tier))
            .Select(tier => (tier, embed: embed(tier)))
            .Where(t => t.embed is not null)
            .Select(t => new DiscordDeliveryRow(key, t.tier, kind, session, ticker, WebhookBody.From(t.embed!).ToJson(), now + settings.DelayOf(t.tier)))
            .ToArray();
        await DiscordDeliveryStore.ScheduleAsync(tx.Transaction, rows, ct);
    }
}
