using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// The inputs of one session of a bulk history run (issue 22 item 2), cut from bars read once for the whole range: for each
/// ticker with a bar on the session, its bars from <c>lookbackCalendarDays</c> calendar days before the session through the
/// session — exactly the histories the daily step reads from the database for that session (Ingestion's read contract,
/// <c>session_date BETWEEN session − lookback AND session</c>, tickers with a bar on the session). Windows are views on the
/// given arrays (no copy). Pure.
/// </summary>
public static class HistoryWindows
{
    /// <summary>Every distinct bar date from <paramref name="from"/> through <paramref name="to"/>, ascending.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="bars"/> is null.</exception>
    public static DateOnly[] Sessions(IReadOnlyDictionary<string, Bar[]> bars, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return bars.Values.SelectMany(b => b).Select(b => b.Date).Where(d => d >= from && d <= to).Distinct().Order().ToArray();
    }

    /// <summary>The session's histories by ticker (see the type's summary).</summary>
    /// <param name="bars">Each ticker's bars, strictly ascending by date, covering at least the lookback before the session.</param>
    /// <param name="session">The session.</param>
    /// <param name="lookbackCalendarDays">Calendar days before the session included (200 in the daily step).</param>
    /// <exception cref="ArgumentNullException"><paramref name="bars"/> is null.</exception>
    public static Dictionary<string, IReadOnlyList<Bar>> Of(IReadOnlyDictionary<string, Bar[]> bars, DateOnly session, int lookbackCalendarDays)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var start = session.AddDays(-lookbackCalendarDays);
        var windows = new Dictionary<string, IReadOnlyList<Bar>>(StringComparer.Ordinal);
        foreach (var (ticker, series) in bars)
        {
            var end = IndexOf(series, session);
            if (end < 0)
            {
                continue;
            }

            var found = IndexOf(series, start);
            var first = found >= 0 ? found : ~found;
            windows[ticker] = new ArraySegment<Bar>(series, first, end - first + 1);
        }

        return windows;
    }

    /// <summary>Binary search by date: the index of the bar dated <paramref name="date"/>, or the complement of where it would go.</summary>
    private static int IndexOf(Bar[] series, DateOnly date)
    {
        var (low, high) = (0, series.Length - 1);
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var compared = series[mid].Date.CompareTo(date);
            if (compared == 0)
            {
                return mid;
            }

            (low, high) = compared < 0 ? (mid + 1, high) : (low, mid - 1);
        }

        return ~low;
    }
}
