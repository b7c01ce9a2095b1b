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
/// The routing table decides first (<see cref="NotificationRouter"/>): a route without Discord schedules nothing.
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
        return ScheduleAsync(tx, facts.Key, AlertKind, message.SessionDate, message.Ticker, tier => DiscordRedaction.Alert(facts, tier), ct);
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
        return ScheduleAsync(tx, facts.Key, RecommendationKind, message.SessionDate, message.Ticker, tier => DiscordRedaction.Recommendation(facts, tier), ct);
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
        return ScheduleAsync(tx, facts.Key, OrderKind, message.SessionDate, message.Ticker, tier => DiscordRedaction.Order(facts, tier), ct);
    }

    /// <summary>True when the routing table sends <paramref name="kind"/> to Discord (a kind it does not know is scheduled as before).</summary>
    private bool Routed(string kind) => !NotificationRouter.IsKnown(kind) || router.Sends(kind, Channels.Discord);

    private async Task ScheduleAsync(OutboxTransaction tx, string key, string kind, DateOnly session, string? ticker, Func<string, DiscordEmbed?> embed,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var rows = DiscordTier.All
            .Select(tier => (tier, embed: embed(tier)))
            .Where(t => t.embed is not null)
            .Select(t => new DiscordDeliveryRow(key, t.tier, kind, session, ticker, WebhookBody.From(t.embed!).ToJson(), now + settings.DelayOf(t.tier)))
            .ToArray();
        await DiscordDeliveryStore.ScheduleAsync(tx.Transaction, rows, ct);
    }
}
