namespace Kapman.Ingestion.Core;

/// <summary>
/// Puts the bars of several sessions in the order of <c>market.daily_bars</c>' primary key, (ticker, session), before they are
/// written. A session file lists every ticker once, so writing sessions one after the other inserts each key into the middle of
/// the B-tree at a new leaf every row; in key order a ticker's rows of a group of sessions land on the same leaf one after the
/// other. Measured with psql \copy of 730 sessions × 680 tickers into a keyed table: 7.0 s in file order, 3.8 s with each 16
/// sessions in key order (docs/benchmarks/growth.md).
/// </summary>
public static class KeyOrder
{
    private static readonly Comparer<(string Ticker, DateOnly Session)> Key = Comparer<(string Ticker, DateOnly Session)>.Create(
        (a, b) => string.CompareOrdinal(a.Ticker, b.Ticker) is var byTicker and not 0 ? byTicker : a.Session.CompareTo(b.Session));

    /// <summary>
    /// Every bar of <paramref name="sessions"/> once, ordered by ticker (ordinal) then session date: each session's bars are sorted by
    /// ticker (files already are: a check, no sort), then merged, O(n log k) for k sessions.
    /// </summary>
    /// <param name="sessions">Each session's bars (one bar per ticker and session, as the parser leaves them).</param>
    public static IEnumerable<DailyBar> Merge(IReadOnlyList<IReadOnlyList<DailyBar>> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var sorted = sessions.Select(s => IsSortedByTicker(s) ? s : [.. s.OrderBy(b => b.Ticker, StringComparer.Ordinal)]).ToList();
        var queue = new PriorityQueue<int, (string, DateOnly)>(sorted.Count, Key);
        var next = new int[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Count > 0)
            {
                queue.Enqueue(i, (sorted[i][0].Ticker, sorted[i][0].SessionDate));
            }
        }

        while (queue.TryDequeue(out var i, out _))
        {
            yield return sorted[i][next[i]];
            if (++next[i] < sorted[i].Count)
            {
                var bar = sorted[i][next[i]];
                queue.Enqueue(i, (bar.Ticker, bar.SessionDate));
            }
        }
    }

    private static bool IsSortedByTicker(IReadOnlyList<DailyBar> bars)
    {
        for (var i = 1; i < bars.Count; i++)
        {
            if (string.CompareOrdinal(bars[i - 1].Ticker, bars[i].Ticker) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
