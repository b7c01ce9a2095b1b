using Kapman.Notification.Core.Discord;
using Kapman.Notification.Data;
using Kapman.Notification.Discord.Data;
using Kapman.Notification.Discord.Webhook;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Discord;

/// <summary>
/// Sends due Discord deliveries, one at a time, outside any transaction. Protocol per row: claim (PENDING → SENDING, committed), call
/// Discord, then record: SENT; PENDING again after a 429's <c>retry_after</c> (its tier, or every tier when global, waits too; not a
/// failure); PENDING again after 2^(n−1) × RetryBaseSeconds (≤ 300 s) for the n-th 5xx, timeout or network error, PARKED at
/// MaxFailures; PARKED at once for any other 4xx (a wrong webhook: 404 Unknown Webhook). A row left SENDING for ClaimLeaseSeconds
/// (its worker died mid-send) is sent again, as is one whose send the host's stop cancelled: that is the one case where a post can
/// appear twice, when Discord had taken it before the crash. Execute Webhook has no idempotency key, so no protocol can close that
/// window; a timeout is the same case (the post may exist) and is retried, as the operator would rather see a post twice than miss it.
/// Time (due, backoff, rate-limit waits) is the injected <see cref="TimeProvider"/>. While the operator has Discord paused
/// (<see cref="ChannelControlStore"/>) nothing is claimed: due deliveries wait PENDING, and on resume (and at start, which follows a stop)
/// the held tiers are respaced (<see cref="DiscordDeliveryStore.RespaceAsync"/>) so they keep their cadence after the premium post (basic
/// +60 s, free +5 min by default) instead of going out in one burst.
/// </summary>
public sealed partial class DiscordDeliveryWorker(
    DiscordDeliveryStore store, DiscordWebhookClient client, DiscordWebhooks webhooks, IOptions<DiscordOptions> options, TimeProvider clock,
    ILogger<DiscordDeliveryWorker> logger, ChannelControlStore controls) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(300);
    private readonly Dictionary<string, DateTimeOffset> waitUntil = new(StringComparer.Ordinal);

    // A start counts as a resume: the process may have stopped (or been paused) while tiers fell due.
    private bool respaceDue = true;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Recovers stale claims, then sends every due delivery whose tier is not waiting out a rate limit.</summary>
    public async Task SendDueAsync(CancellationToken ct)
    {
        if (await controls.IsPausedAsync(Core.Routing.Channels.Discord, ct))
        {
            respaceDue = true;
            return;
        }

        var settings = options.Value;
        if (respaceDue)
        {
            var premium = settings.DelayOf(DiscordTier.Premium);
            var moved = await store.RespaceAsync(clock.GetUtcNow(), settings.DelayOf(DiscordTier.Basic) - premium, settings.DelayOf(DiscordTier.Free) - premium, ct);
            respaceDue = false;
            if (moved > 0)
            {
                LogRespaced(logger, moved);
            }
        }

        var recovered = await store.RecoverStaleAsync(clock.GetUtcNow() - TimeSpan.FromSeconds(settings.ClaimLeaseSeconds), ct);
        if (recovered > 0)
        {
            LogRecovered(logger, recovered);
        }

        while (!ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var waiting = waitUntil.Where(w => w.Value > now).Select(w => w.Key).ToArray();
            if (waiting.Length == DiscordTier.All.Count)
            {
                return;
            }

            var claimed = await store.ClaimAsync(now, waiting, ct);
            if (claimed is null)
            {
                return;
            }

            await SendAsync(claimed, settings, ct);
        }
    }

    private async Task SendAsync(ClaimedDelivery delivery, DiscordOptions settings, CancellationToken ct)
    {
        if (webhooks.For(delivery.Tier) is not { } webhook)
        {
            await store.ParkAsync(delivery.Id, $"no webhook configured for the {delivery.Tier} tier ({DiscordWebhooks.Variables[delivery.Tier]})", false);
            return;
        }

        DiscordSendResult result;
        try
        {
            result = await client.ExecuteAsync(webhook, delivery.Payload, ct);
        }
        catch (OperationCanceledException)
        {
            await store.RescheduleAsync(delivery.Id, clock.GetUtcNow(), "the send was interrupted by a shutdown; sent again", false);
            throw;
        }

        var now = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case DiscordSendOutcome.Sent:
                await store.MarkSentAsync(delivery.Id, result.MessageId, now);
                LogSent(logger, delivery.Id, delivery.Tier, webhook.RedactedPath);
                if (result.RetryAfter is { } reset)
                {
                    waitUntil[delivery.Tier] = now + reset;
                }

                break;
            case DiscordSendOutcome.RateLimited:
                var until = now + result.RetryAfter!.Value;
                foreach (var tier in result.Global ? DiscordTier.All : [delivery.Tier])
                {
                    waitUntil[tier] = until;
                }

                await store.RescheduleAsync(delivery.Id, until, result.Error!, false);
                LogRateLimited(logger, delivery.Id, delivery.Tier, result.RetryAfter.Value.TotalSeconds, result.Global);
                break;
            case DiscordSendOutcome.Transient when delivery.Failures + 1 >= settings.MaxFailures:
                await store.ParkAsync(delivery.Id, $"{result.Error} (failure {delivery.Failures + 1} of {settings.MaxFailures}: parked)", true);
                LogParked(logger, delivery.Id, delivery.Tier, result.Error!);
                break;
            case DiscordSendOutcome.Transient:
                var backoff = TimeSpan.FromSeconds(settings.RetryBaseSeconds * Math.Pow(2, delivery.Failures));
                await store.RescheduleAsync(delivery.Id, now + (backoff < MaxBackoff ? backoff : MaxBackoff), result.Error!, true);
                LogRetrying(logger, delivery.Id, delivery.Tier, result.Error!);
                break;
            default:
                await store.ParkAsync(delivery.Id, result.Error!, true);
                LogParked(logger, delivery.Id, delivery.Tier, result.Error!);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord delivery {DeliveryId} ({Tier}) sent to {Webhook}")]
    private static partial void LogSent(ILogger logger, Guid deliveryId, string tier, string webhook);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord delivery {DeliveryId} ({Tier}) rate limited for {Seconds} s (global: {Global})")]
    private static partial void LogRateLimited(ILogger logger, Guid deliveryId, string tier, double seconds, bool global);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord delivery {DeliveryId} ({Tier}) failed, retrying: {Error}")]
    private static partial void LogRetrying(ILogger logger, Guid deliveryId, string tier, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord delivery {DeliveryId} ({Tier}) parked: {Error}")]
    private static partial void LogParked(ILogger logger, Guid deliveryId, string tier, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} held Discord tier deliveries respaced after their premium post")]
    private static partial void LogRespaced(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} Discord deliveries were left mid-send by a stopped worker and are sent again")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Discord delivery pass failed; the next poll tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
