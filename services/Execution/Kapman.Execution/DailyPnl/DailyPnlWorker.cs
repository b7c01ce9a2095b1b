using Kapman.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.DailyPnl;

/// <summary>
/// Asks <see cref="DailyPnlReporter"/> every <see cref="DailyPnlOptions.CheckIntervalSeconds"/> whether the session's daily P&amp;L summary
/// is due, with the injected clock. A failed pass is logged and tried again at the next interval.
/// </summary>
public sealed partial class DailyPnlWorker(DailyPnlReporter reporter, IOptions<DailyPnlOptions> options, TimeProvider clock, ILogger<DailyPnlWorker> logger)
    : PeriodicWorker(clock)
{
    /// <inheritdoc />
    protected override bool Enabled => options.Value.Enabled;

    /// <inheritdoc />
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds);

    /// <inheritdoc />
    protected override async Task PassAsync(CancellationToken ct)
    {
        if (await reporter.ReportAsync(Clock.GetUtcNow(), ct) == DailyPnlOutcome.Reported)
        {
            LogReported(logger);
        }
    }

    /// <inheritdoc />
    protected override void OnPassFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily PnL summary published")]
    private static partial void LogReported(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The daily PnL check failed; tried again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
