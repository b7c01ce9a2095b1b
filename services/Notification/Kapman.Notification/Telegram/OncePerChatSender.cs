namespace Kapman.Notification.Telegram;

/// <summary>
/// The at-most-once send of one message to each allow-listed chat, shared by alerts and approvals: a claim before the Bot API call
/// (never inside a transaction); a refusal (<see cref="BotApi.BotApiException"/>) is FAILED, so a later delivery may send it; no answer
/// (HTTP failure, timeout) leaves the row SENDING, because it may have gone out, and it is never sent again automatically.
/// </summary>
internal static class OncePerChatSender
{
    /// <summary>Sends through <paramref name="delivery"/> to each distinct chat not claimed before; returns how many chats this call reached.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (the current chat's row is left SENDING).</exception>
    public static async Task<int> SendAsync(IEnumerable<long> chats, ChatDelivery delivery, CancellationToken ct)
    {
        var sent = 0;
        foreach (var chat in chats.Distinct())
        {
            if (!await delivery.Claim(chat, ct))
            {
                continue;
            }

            try
            {
                var result = await delivery.Send(chat, ct);
                await delivery.Record(chat, "SENT", result.MessageId, null);
                delivery.Sent(chat, result.MessageId);
                sent++;
            }
            catch (BotApi.BotApiException ex)
            {
                await delivery.Record(chat, "FAILED", null, ex.Message);
                delivery.NotSent(ex, chat, "FAILED");
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                await delivery.Record(chat, "SENDING", null, "outcome unknown: " + ex.GetType().Name);
                delivery.NotSent(ex, chat, "UNKNOWN");
                ct.ThrowIfCancellationRequested();
            }
        }

        return sent;
    }
}
