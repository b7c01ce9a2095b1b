using Kapman.Notification.Data.Telegram;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>
/// Long-polls <c>getUpdates</c> (Bot API; <c>offset</c>, <c>timeout</c>, <c>allowed_updates: ["callback_query"]</c>) while Telegram is
/// enabled in polling mode, after deleting a webhook left registered (<see cref="TelegramWebhookRegistration.EnsurePollingAsync"/>), and
/// hands each update to <see cref="TelegramUpdateDispatcher"/> (at most once per <c>update_id</c>). In webhook mode it only registers the
/// webhook (<see cref="TelegramWebhookRegistration.RegisterAsync"/>, retried until it succeeds) and polls nothing: updates then arrive at
/// <see cref="TelegramWebhookEndpoint"/>. After each polled update its id + 1 is stored
/// (<see cref="TelegramStore.SaveOffsetAsync"/>) and every poll starts from the stored offset, so a restart neither loses nor repeats an
/// update; one that fails is logged and skipped rather than retried forever. A failed poll is retried after
/// <see cref="TelegramOptions.PollErrorDelaySeconds"/>.
/// </summary>
public sealed class TelegramPoller(
    IOptions<TelegramOptions> options, TelegramStore store, BotApiClient bot, TelegramUpdateDispatcher dispatcher, TelegramWebhookRegistration webhook,
    TimeProvider clock, ILogger<TelegramPoller> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        if (settings.IsWebhook)
        {
            await RegisterWebhookAsync(settings.PollErrorDelaySeconds, stoppingToken);
            return;
        }

        var webhookCleared = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookCleared)
                {
                    await webhook.EnsurePollingAsync(stoppingToken);
                    webhookCleared = true;
                }

                await PollOnceAsync(settings.PollTimeoutSeconds, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                TelegramLog.PollFailed(logger, ex, settings.PollErrorDelaySeconds);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(settings.PollErrorDelaySeconds), clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One <c>getUpdates</c> from the stored offset and the handling of what it returned; returns how many updates were handled.</summary>
    public async Task<int> PollOnceAsync(int timeoutSeconds, CancellationToken ct)
    {
        var offset = await store.NextOffsetAsync(ct);
        var updates = await bot.GetUpdatesAsync(offset, timeoutSeconds, ct);
        var handled = 0;
        foreach (var update in updates.Where(u => u.UpdateId >= offset).OrderBy(u => u.UpdateId))
        {
            await dispatcher.DispatchAsync(update, TelegramOptions.PollingMode, ct);
            await store.SaveOffsetAsync(update.UpdateId + 1, CancellationToken.None);
            handled++;
        }

        return handled;
    }

    private async Task RegisterWebhookAsync(int retryDelaySeconds, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await webhook.RegisterAsync(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                TelegramWebhookLog.WebhookFailed(logger, ex, retryDelaySeconds);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(retryDelaySeconds), clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
