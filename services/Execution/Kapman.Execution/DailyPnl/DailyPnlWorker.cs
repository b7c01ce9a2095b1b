using Microsoft.Extensions.Options;

namespace Kapman.Execution.DailyPnl;

/// <summary>
/// Asks <see cref="DailyPnlReporter"/> every <see cref="DailyPnlOptions.CheckIntervalSeconds"/> whether the session's daily P&amp;L summary
/// is due, with the injected clock. A failed pass is logged and tried again at the next interval.
/// </summary>
public sealed partial class DailyPnlWorker(DailyPnlReporter reporter, IOptions<DailyPnlOptions> options, TimeProvider clock, ILogger<DailyPnlWorker> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await reporter.ReportAsync(clock.GetUtcNow(), stoppingToken) == DailyPnlOutcome.Reported)
                {
                    LogReported(logger);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker must outlive a failed pass (the read contract down): logged and tried again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily PnL summary published")]
    private static partial void LogReported(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The daily PnL check failed; tried again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
