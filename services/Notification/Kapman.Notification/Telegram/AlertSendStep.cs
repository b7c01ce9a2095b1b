using Kapman.Notification.Core;
using Kapman.Notification.Core.Telegram;
using Kapman.Notification.Data.Telegram;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>
/// Sends a plain alert (issue 20 item 1) to every allow-listed chat: <c>sendMessage</c> in HTML parse mode (<see cref="AlertText"/>), no
/// buttons, once per dedup key and chat (<see cref="TelegramAlertStore"/>'s claim before the call, never inside a transaction). A 429 is
/// waited out by <see cref="BotApiClient"/> (its <c>retry_after</c>); a refusal is FAILED (a later delivery may send it), no answer leaves
/// the row SENDING (it may have gone out, so it is never sent again automatically). Nothing is sent while Telegram is disabled.
/// </summary>
public sealed class AlertSendStep(IOptions<TelegramOptions> options, TelegramAlertStore store, BotApiClient bot, ILogger<AlertSendStep> logger)
{
    /// <summary>Sends <paramref name="message"/> at <paramref name="severity"/> where it has not gone yet; returns how many chats this call reached.</summary>
    public async Task<int> SendAsync(ComposedMessage message, string severity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        var text = AlertText.Html(severity, message.Subject, message.Body);
        return await OncePerChatSender.SendAsync(settings.AllowedChatIds, new ChatDelivery(
            (chat, token) => store.ClaimAsync(message.DedupKey, chat, message.RouteKind, message.SessionDate, message.Ticker, message.Subject, text, token),
            (chat, token) => bot.SendTextAsync(chat, text, AlertText.ParseMode, token),
            (chat, status, messageId, error) => store.RecordAsync(message.DedupKey, chat, status, messageId, error),
            (chat, messageId) => TelegramLog.AlertSent(logger, message.DedupKey, chat, messageId),
            (ex, chat, status) => TelegramLog.AlertNotSent(logger, ex, message.DedupKey, chat, status)), ct);
    }
}
