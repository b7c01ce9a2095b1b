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
        var sent = 0;
        foreach (var chat in settings.AllowedChatIds.Distinct())
        {
            if (!await store.ClaimMessageAsync(message.RecommendationId, chat, message.SessionDate, message.Ticker, text, ct))
            {
                continue;
            }

            try
            {
                var result = await bot.SendMessageAsync(chat, text, buttons, ct);
                await store.RecordMessageAsync(message.RecommendationId, chat, "SENT", result.MessageId, null);
                TelegramLog.Sent(logger, message.RecommendationId, chat, result.MessageId);
                sent++;
            }
            catch (BotApiException ex)
            {
                // The Bot API refused it: nothing was sent, a redelivery may try again.
                await store.RecordMessageAsync(message.RecommendationId, chat, "FAILED", null, ex.Message);
                TelegramLog.NotSent(logger, ex, message.RecommendationId, chat, "FAILED");
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // No answer: it may have gone out, so the row stays SENDING and is never sent again automatically.
                await store.RecordMessageAsync(message.RecommendationId, chat, "SENDING", null, "outcome unknown: " + ex.GetType().Name);
                TelegramLog.NotSent(logger, ex, message.RecommendationId, chat, "UNKNOWN");
                ct.ThrowIfCancellationRequested();
            }
        }

        return sent;
    }
}
