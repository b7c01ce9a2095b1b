using Kapman.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Exits;

/// <summary>
/// Runs <see cref="ExitMonitor.ScanAsync"/> every <see cref="ExitOptions.IntervalMs"/> (seed 003 Appendix G, one scan per minute), the first
/// one an interval after start. It keeps no state of its own: the streaks are stored by each scan. A failed scan is logged and tried again.
/// </summary>
public sealed partial class ExitWorker(ExitMonitor monitor, IOptions<ExitOptions> options, TimeProvider clock, ILogger<ExitWorker> logger) : PeriodicWorker(clock)
{
    /// <inheritdoc />
    protected override bool Enabled => options.Value.Enabled;

    /// <inheritdoc />
    protected override bool WaitsBeforeFirstPass => true;

    /// <inheritdoc />
    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.IntervalMs);

    /// <inheritdoc />
    protected override Task PassAsync(CancellationToken ct) => monitor.ScanAsync(ct);

    /// <inheritdoc />
    protected override void OnDisabled() => LogDisabled(logger);

    /// <inheritdoc />
    protected override void OnPassFailed(Exception exception) => LogScanFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The exit monitor is disabled (Kapman:Execution:Exits:Enabled = false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "An exit-monitor scan failed; tried again next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
