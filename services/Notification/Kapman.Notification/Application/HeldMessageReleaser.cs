using System.Text.Json;
using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Data;
using Kapman.Notification.Telegram;

namespace Kapman.Notification.Application;

/// <summary>
/// Sends what a paused channel held once it runs again (seed 004 §9 "pause/resume"), oldest first, one at a time: email through
/// <see cref="EmailDispatcher.DeliverHeldAsync"/>, Telegram approvals through <see cref="ApprovalSendStep"/> and Telegram's plain alerts
/// through <see cref="TelegramAlertRoute.DeliverAsync"/>; each is marked released only
/// after its sender handled it, and the senders' claims (messages.dedup_key, telegram_messages' and telegram_alerts' keys) make a second release send nothing.
/// Stops at once if the channel is paused again. One release at a time per process (the resume endpoint and <see cref="HeldReleaseWorker"/>).
/// Discord holds nothing here: its deliveries wait PENDING while it is paused.
/// </summary>
public sealed partial class HeldMessageReleaser(
    HeldMessageStore held, ChannelControlStore controls, EmailDispatcher email, IServiceProvider services, ILogger<HeldMessageReleaser> logger) : IDisposable
{
    /// <summary>Held messages read per round trip.</summary>
    public const int Batch = 50;

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Releases everything <paramref name="channel"/> holds unless it is paused; returns how many messages were handled.</summary>
    /// <exception cref="EmailNotSentException">The SMTP server refused a held email: it stays held (FAILED in the log) for the next pass.</exception>
    public async Task<int> ReleaseAsync(string channel, CancellationToken ct)
    {
        if (channel is not (Channels.Email or Channels.Telegram))
        {
            return 0;
        }

        await gate.WaitAsync(ct);
        try
        {
            var released = 0;
            while (!await controls.IsPausedAsync(channel, ct))
            {
                var waiting = await held.WaitingAsync(channel, Batch, ct);
                if (waiting.Count == 0)
                {
                    break;
                }

                foreach (var message in waiting)
                {
                    if (await controls.IsPausedAsync(channel, ct))
                    {
                        return released;
                    }

                    await SendAsync(message, ct);
                    await held.ReleasedAsync(message.Id);
                    released++;
                }
            }

            if (released > 0)
            {
                LogReleased(logger, released, channel);
            }

            return released;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task SendAsync(HeldMessage message, CancellationToken ct)
    {
        if (message.Channel == Channels.Email)
        {
            await email.DeliverHeldAsync(Read<ComposedMessage>(message), ct);
        }
        else if (message.Route == RouteKinds.Recommendation)
        {
            await services.GetRequiredService<ApprovalSendStep>().SendAsync(Read<RecommendationIssued>(message), ct);
        }
        else
        {
            await services.GetRequiredService<TelegramAlertRoute>().DeliverAsync(Read<ComposedMessage>(message), ct);
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    private static T Read<T>(HeldMessage message) =>
        JsonSerializer.Deserialize<T>(message.Payload, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"held message {message.Id} has an empty payload");

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {Count} held message(s) on {Channel}")]
    private static partial void LogReleased(ILogger logger, int count, string channel);
}
