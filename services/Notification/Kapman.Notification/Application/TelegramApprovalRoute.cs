using System.Text.Json;
using Kapman.Contracts;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Data;
using Kapman.Notification.Routing;
using Kapman.Notification.Telegram;

namespace Kapman.Notification.Application;

/// <summary>
/// Puts a recommendation into the Telegram approval queue when the routing table sends RECOMMENDATION to Telegram: at once through
/// <see cref="ApprovalSendStep"/>, or held (<see cref="HeldMessageStore"/>, once per recommendation) while the operator has Telegram paused,
/// to be sent by <see cref="HeldMessageReleaser"/> on resume.
/// </summary>
public sealed class TelegramApprovalRoute(NotificationRouter router, ChannelControlStore controls, HeldMessageStore held, ApprovalSendStep telegram)
{
    /// <summary>Sends, holds or (not routed) skips <paramref name="message"/>.</summary>
    public async Task SendAsync(RecommendationIssued message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!router.Sends(RouteKinds.Recommendation, Channels.Telegram))
        {
            return;
        }

        if (await controls.IsPausedAsync(Channels.Telegram, ct))
        {
            await held.HoldAsync(Channels.Telegram, RouteKinds.Recommendation, $"recommendation:{message.RecommendationId}", message.SessionDate, message.Ticker,
                $"approval request {message.Ticker} {message.Strategy}", JsonSerializer.Serialize(message, JsonSerializerOptions.Web), ct);
            return;
        }

        await telegram.SendAsync(message, ct);
    }
}
