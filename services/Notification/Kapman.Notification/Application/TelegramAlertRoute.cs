using System.Text.Json;
using Kapman.Notification.Core;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Data;
using Kapman.Notification.Routing;
using Kapman.Notification.Telegram;

namespace Kapman.Notification.Application;

/// <summary>
/// Sends a plain alert to Telegram when the routing table sends its kind there (issue 20 item 1): at once through
/// <see cref="AlertSendStep"/>, or held (<see cref="HeldMessageStore"/>, once per dedup key) while the operator has Telegram paused, to be
/// sent by <see cref="HeldMessageReleaser"/> on resume. The kinds with buttons (RECOMMENDATION, AI_REPORT) have their own senders.
/// </summary>
public sealed class TelegramAlertRoute(NotificationRouter router, ChannelControlStore controls, HeldMessageStore held, AlertSendStep telegram)
{
    /// <summary>What happened to <paramref name="message"/>: not routed, held, or sent to this many chats.</summary>
    public async Task<TelegramAlertOutcome> SendAsync(ComposedMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!NotificationRouter.IsKnown(message.RouteKind) || !router.Sends(message.RouteKind, Channels.Telegram))
        {
            return new TelegramAlertOutcome(false, false, 0);
        }

        if (await controls.IsPausedAsync(Channels.Telegram, ct))
        {
            var payload = JsonSerializer.Serialize(message with { Route = message.RouteKind }, JsonSerializerOptions.Web);
            await held.HoldAsync(Channels.Telegram, message.RouteKind, message.DedupKey, message.SessionDate, message.Ticker, message.Subject, payload, ct);
            return new TelegramAlertOutcome(true, true, 0);
        }

        return new TelegramAlertOutcome(true, false, await DeliverAsync(message, ct));
    }

    /// <summary>Sends a message held while Telegram was paused (the release); at most once per chat, by its dedup key.</summary>
    public Task<int> DeliverAsync(ComposedMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return telegram.SendAsync(message, router.Table[message.RouteKind].Severity, ct);
    }
}
