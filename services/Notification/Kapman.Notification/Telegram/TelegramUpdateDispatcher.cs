using Kapman.Notification.Data.Telegram;
using Kapman.Notification.Telegram.BotApi;

namespace Kapman.Notification.Telegram;

/// <summary>
/// Hands one Bot API update to <see cref="CallbackHandler"/> at most once, whichever way it arrived (<see cref="TelegramPoller"/> or the
/// webhook endpoint, <see cref="TelegramWebhookEndpoint"/>): its <c>update_id</c> is claimed in <see cref="TelegramUpdateStore"/> first and an
/// update already claimed is dropped. An update that fails is logged and not retried (the decision claim in the handler keeps an
/// approval at most once anyway); other update kinds are claimed and ignored.
/// </summary>
public sealed class TelegramUpdateDispatcher(TelegramUpdateStore updates, CallbackHandler handler, ILogger<TelegramUpdateDispatcher> logger)
{
    /// <summary>Handles <paramref name="update"/> unless its id was taken before; true when it was handled now, false for a repeat.</summary>
    /// <param name="update">The update.</param>
    /// <param name="source"><c>polling</c> or <c>webhook</c>, stored with the claim.</param>
    /// <param name="ct">Cancels the claim and the handling.</param>
    public async Task<bool> DispatchAsync(BotUpdate update, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!await updates.ClaimAsync(update.UpdateId, source, ct))
        {
            TelegramWebhookLog.Repeated(logger, update.UpdateId, source);
            return false;
        }

        if (update.CallbackQuery is { } query)
        {
            try
            {
                await handler.HandleAsync(query, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                TelegramLog.UpdateFailed(logger, ex, update.UpdateId);
            }
        }

        return true;
    }
}
