namespace Kapman.Execution.Core.Positions;

/// <summary>
/// Sums realised and unrealised P&amp;L by strategy, underlying or group (docs/domain/execution.md#positions-and-pnl, seed 003 §10 "by strategy and
/// underlying"). Marks are dollars per share (normally the mid), keyed by OCC symbol; a missing mark leaves that
/// holding out of the unrealised sum and is counted in <see cref="PnlSummary.UnmarkedHoldings"/>.
/// </summary>
public static class PnlAggregator
{
    /// <summary>One summary per strategy, ordered by key.</summary>
    public static IReadOnlyList<PnlSummary> ByStrategy(IEnumerable<Position> positions, IReadOnlyDictionary<string, decimal> marks) =>
        By(positions, marks, p => p.Strategy);

    /// <summary>One summary per underlying, ordered by key.</summary>
    public static IReadOnlyList<PnlSummary> ByUnderlying(IEnumerable<Position> positions, IReadOnlyDictionary<string, decimal> marks) =>
        By(positions, marks, p => p.Underlying);

    /// <summary>One summary per position group, ordered by key.</summary>
    public static IReadOnlyList<PnlSummary> ByGroup(IEnumerable<Position> positions, IReadOnlyDictionary<string, decimal> marks) =>
        By(positions, marks, p => p.GroupId);

    /// <summary>Everything, keyed <c>*</c>.</summary>
    public static PnlSummary Total(IEnumerable<Position> positions, IReadOnlyDictionary<string, decimal> marks) =>
        Summarize("*", positions, marks);

    /// <summary>Summarises <paramref name="positions"/> under <paramref name="key"/>.</summary>
    public static PnlSummary Summarize(string key, IEnumerable<Position> positions, IReadOnlyDictionary<string, decimal> marks)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(marks);
        decimal realized = 0m, commissions = 0m, unrealized = 0m;
        int open = 0, unmarked = 0;
        foreach (var p in positions)
        {
            realized += p.RealizedPnl;
            commissions += p.Commissions;
            if (p.IsFlat)
            {
                continue;
            }

            open++;
            if (marks.TryGetValue(p.OccSymbol, out var mark))
            {
                unrealized += p.Unrealized(mark);
            }
            else
            {
                unmarked++;
            }
        }

        return new PnlSummary(key, realized, commissions, unrealized, open, unmarked);
    }

    private static List<PnlSummary> By(IEnumerable<Position> positions, IReadOnlyDictionary<string, decimal> marks, Func<Position, string> key) =>
        positions.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarize(g.Key, g, marks))
            .ToList();
}
