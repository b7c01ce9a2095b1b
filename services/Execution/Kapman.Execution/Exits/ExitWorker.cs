using Microsoft.Extensions.Options;

namespace Kapman.Execution.Exits;

/// <summary>
/// Runs <see cref="ExitMonitor.ScanAsync"/> every <see cref="ExitOptions.IntervalMs"/> (seed 003 Appendix G, one scan per minute), the first
/// one an interval after start. It keeps no state of its own: the streaks are stored by each scan. A failed scan is logged and tried again.
/// </summary>
public sealed partial class ExitWorker(ExitMonitor monitor, IOptions<ExitOptions> options, TimeProvider clock, ILogger<ExitWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.Value.IntervalMs), clock, stoppingToken);
                await monitor.ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker must outlive a failed scan (a database outage): logged and tried again next interval
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogScanFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The exit monitor is disabled (Kapman:Execution:Exits:Enabled = false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "An exit-monitor scan failed; tried again next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
