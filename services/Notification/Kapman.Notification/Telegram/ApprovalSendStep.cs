using Kapman.Contracts;
using Kapman.Notification.Core.Telegram;
using Kapman.Notification.Data.Telegram;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>
/// Sends a <see cref="RecommendationIssued"/> (version 2) to every allow-listed chat as a suggestion with Approve and Reject buttons
/// (<see cref="ApprovalMessage"/>, <see cref="CallbackData"/>), once per recommendation and chat: each send is claimed in
/// <see cref="TelegramStore"/> before the Bot API call, never inside a transaction. A version-1 event (no legs) is not sent: there is
/// nothing execution could place.
/// </summary>
public sealed class ApprovalSendStep(IOptions<TelegramOptions> options, TelegramStore store, BotApiClient bot, ILogger<ApprovalSendStep> logger)
{
    /// <summary>Sends <paramref name="message"/> where it has not gone yet; returns how many messages this call sent.</summary>
    public async Task<int> SendAsync(RecommendationIssued message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!settings.Enabled || message.Legs is not { Count: > 0 } legs)
        {
            return 0;
        }

        var card = new RecommendationCard(message.RecommendationId, message.SessionDate, message.Ticker, message.Strategy,
            legs.Select(l => new CardLeg(l.OccSymbol, l.Side, l.Ratio, l.LimitPrice)).ToArray(), message.NetLimitPrice, message.Contracts, message.Expiration);
        var text = ApprovalMessage.Compose(card);
        InlineButton[] buttons =
        [
            new("Approve", new CallbackData(CallbackAction.Approve, message.RecommendationId).Encode()),
            new("Reject", new CallbackData(CallbackAction.Reject, message.RecommendationId).Encode()),
        ];
        return await OncePerChatSender.SendAsync(settings.AllowedChatIds, new ChatDelivery(
            (chat, token) => store.ClaimMessageAsync(message.RecommendationId, chat, message.SessionDate, message.Ticker, text, token),
            (chat, token) => bot.SendMessageAsync(chat, text, buttons, token),
            (chat, status, messageId, error) => store.RecordMessageAsync(message.RecommendationId, chat, status, messageId, error),
            (chat, messageId) => TelegramLog.Sent(logger, message.RecommendationId, chat, messageId),
            (ex, chat, status) => TelegramLog.NotSent(logger, ex, message.RecommendationId, chat, status)), ct);
    }
}
