using Microsoft.Extensions.Options;

namespace Kapman.Execution.Risk;

/// <summary>
/// Checks the risk triggers every <see cref="RiskOptions.CheckIntervalMs"/> (new stored chains move the marks without a fill), through
/// <see cref="RiskMonitor.CheckAsync(CancellationToken)"/>. A failed check is logged and tried again at the next interval.
/// </summary>
public sealed partial class RiskWorker(RiskMonitor monitor, IOptions<RiskOptions> options, TimeProvider clock, ILogger<RiskWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await monitor.CheckAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker must outlive a failed check (a read contract down): logged and tried again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogCheckFailed(logger, ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.Value.CheckIntervalMs), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The risk trigger check failed; tried again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
