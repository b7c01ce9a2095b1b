namespace Kapman.Execution.Core.Exits;

/// <summary>What the monitor carries from one scan of a group to the next.</summary>
/// <param name="ConsecutiveStopScans">Scans in a row whose P&amp;L met the stop.</param>
/// <param name="ConsecutiveTargetScans">Scans in a row whose P&amp;L met the profit target.</param>
/// <param name="LastMark">The prior scan's mark, dollars per share, or null before the first.</param>
public sealed record ExitScanState(int ConsecutiveStopScans, int ConsecutiveTargetScans, decimal? LastMark)
{
    /// <summary>Before the first scan.</summary>
    public static ExitScanState Initial { get; } = new(0, 0, null);
}
