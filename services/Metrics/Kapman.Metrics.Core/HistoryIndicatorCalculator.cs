using Kapman.MarketData;

namespace Kapman.Metrics.Core;

/// <summary>
/// The bulk history path of the indicators (issue 22 item 2): one streaming pass over a ticker's stored bars that yields the
/// snapshot of every session in a range. The snapshot of session S is by definition every indicator fed with every bar from
/// the ticker's first through S (<see cref="DailyIndicatorCalculator.Recompute"/>); here one surface is fed bar after bar and
/// read after each bar of the range, so the same floating-point operations run in the same order and each snapshot is
/// bit-for-bit what the daily step stores for that session, at the cost of one pass instead of one per session. Pure.
/// </summary>
public static class HistoryIndicatorCalculator
{
    /// <summary>
    /// The snapshots of every bar of <paramref name="history"/> dated from <paramref name="from"/> through
    /// <paramref name="to"/>, oldest first, and the state after the last of them (null when the range holds no bar).
    /// </summary>
    /// <param name="ticker">Ticker symbol, not blank.</param>
    /// <param name="history">Every stored bar of the ticker through at least <paramref name="to"/>, strictly ascending by date, from the first.</param>
    /// <param name="from">First session of the range.</param>
    /// <param name="to">Last session of the range; bars after it are not read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The ticker is blank or the history is not strictly ascending.</exception>
    public static (IReadOnlyList<IndicatorSnapshot> Snapshots, DailyStep? Last) Stream(string ticker, IReadOnlyList<Bar> history, DateOnly from, DateOnly to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(history);
        var surface = new SnapshotIndicators();
        var snapshots = new List<IndicatorSnapshot>();
        DateOnly? previous = null;
        foreach (var bar in history)
        {
            if (bar.Date > to)
            {
                break;
            }

            if (previous is { } p && bar.Date <= p)
            {
                throw new ArgumentException(
                    $"The history must be strictly ascending by date: {bar.Date:yyyy-MM-dd} does not follow {p:yyyy-MM-dd}.", nameof(history));
            }

            previous = bar.Date;
            surface.Update(bar);
            if (bar.Date >= from)
            {
                snapshots.Add(DailyIndicatorCalculator.Snapshot(ticker, surface));
            }
        }

        return (snapshots, snapshots.Count == 0 ? null : new DailyStep(snapshots[^1], surface.SaveState()));
    }
}
