using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>
/// Tells Telegram how this service takes updates (Bot API <c>setWebhook</c>, <c>deleteWebhook</c>, <c>getWebhookInfo</c>). Webhook mode
/// registers <see cref="TelegramOptions.WebhookUrl"/> with the secret token; polling mode deletes a webhook left registered by an earlier
/// webhook-mode run, because <c>getUpdates</c> is refused (409) while one is set. Pending updates are kept in both directions.
/// </summary>
public sealed class TelegramWebhookRegistration(IOptions<TelegramOptions> options, BotApiClient bot, ILogger<TelegramWebhookRegistration> logger)
{
    /// <summary>Webhook mode: <c>setWebhook</c> with the URL and the secret token. Throws when the Bot API refuses or cannot be reached.</summary>
    public async Task RegisterAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var url = settings.WebhookUrl ?? throw new InvalidOperationException($"{TelegramOptions.Section}:WebhookUrl is not set.");
        await bot.SetWebhookAsync(url, settings.WebhookSecret ?? throw new InvalidOperationException($"{TelegramOptions.WebhookSecretVariable} is not set."), ct);
        TelegramWebhookLog.WebhookSet(logger, url);
    }

    /// <summary>
    /// Polling mode: asks <c>getWebhookInfo</c> and, when a webhook is set, calls <c>deleteWebhook</c>; returns whether one was deleted.
    /// Throws when the Bot API refuses or cannot be reached.
    /// </summary>
    public async Task<bool> EnsurePollingAsync(CancellationToken ct)
    {
        var info = await bot.GetWebhookInfoAsync(ct);
        if (string.IsNullOrEmpty(info.Url))
        {
            return false;
        }

        await bot.DeleteWebhookAsync(ct);
        TelegramWebhookLog.WebhookDeleted(logger, info.Url);
        return true;
    }
}
