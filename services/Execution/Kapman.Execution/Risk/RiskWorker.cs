using Kapman.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Risk;

/// <summary>
/// Checks the risk triggers every <see cref="RiskOptions.CheckIntervalMs"/> (new stored chains move the marks without a fill), through
/// <see cref="RiskMonitor.CheckAsync(CancellationToken)"/>. A failed check is logged and tried again at the next interval.
/// </summary>
public sealed partial class RiskWorker(RiskMonitor monitor, IOptions<RiskOptions> options, TimeProvider clock, ILogger<RiskWorker> logger) : PeriodicWorker(clock)
{
    /// <inheritdoc />
    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.CheckIntervalMs);

    /// <inheritdoc />
    protected override Task PassAsync(CancellationToken ct) => monitor.CheckAsync(ct);

    /// <inheritdoc />
    protected override void OnPassFailed(Exception exception) => LogCheckFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The risk trigger check failed; tried again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
