using Kapman.Notification.Core.Routing;

namespace Kapman.Notification.Application;

/// <summary>
/// Every <see cref="Interval"/>, releases what a running channel still holds (<see cref="HeldMessageReleaser"/>): a message held just as the
/// operator resumed, one whose release a crash or an SMTP failure interrupted. The resume endpoint releases at once; this is the safety net.
/// </summary>
public sealed partial class HeldReleaseWorker(HeldMessageReleaser releaser, ILogger<HeldReleaseWorker> logger) : BackgroundService
{
    /// <summary>Time between passes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var channel in new[] { Channels.Email, Channels.Telegram })
                {
                    try
                    {
                        await releaser.ReleaseAsync(channel, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        LogPassFailed(logger, ex, channel);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing held {Channel} messages failed; the next pass tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string channel);
}
