using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.DailyPnl;

/// <summary>
/// The daily P&amp;L summary of seed 003 §4 task 5.2 ("Daily P&amp;L summary sent at market close"): the book's realised, commission and
/// unrealised dollars at the session's marks (<see cref="PnlAggregator"/>, docs/domain/execution.md#positions-and-pnl: unrealised =
/// Σ (mark − average) × contracts × 100), per underlying, and the day's change = total − the previous report's total. Realised P&amp;L in
/// the book is cumulative, so the change of the total is the day's P&amp;L: what closed today moves realised, what is open moves
/// unrealised. A total that misses a mark is not comparable, so the change is then null. Pure: every input is an argument.
/// </summary>
public static class DailyPnlCalculator
{
    /// <summary>The summary of <paramref name="session"/>.</summary>
    /// <param name="session">The session reported.</param>
    /// <param name="positions">Every holding of the book, flat ones included (their realised P&amp;L counts).</param>
    /// <param name="marks">Mark per OCC symbol, $ per share, with the date of the quote it came from.</param>
    /// <param name="previous">The last report before this one, or null.</param>
    public static DailyPnlSummary Compute(
        DateOnly session, IReadOnlyList<Position> positions, IReadOnlyDictionary<string, (decimal Mark, DateOnly AsOf)> marks, PreviousPnl? previous)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(marks);
        var open = positions.Where(p => !p.IsFlat).Select(p => p.OccSymbol).ToHashSet(StringComparer.Ordinal);
        var used = marks.Where(m => open.Contains(m.Key)).ToList();
        var prices = used.ToDictionary(m => m.Key, m => m.Value.Mark, StringComparer.Ordinal);
        var book = PnlAggregator.Total(positions, prices);
        var change = previous is { Complete: true } && book.IsComplete ? book.Total - previous.Total : (decimal?)null;
        DateOnly? asOf = used.Count == 0 ? null : used.Min(m => m.Value.AsOf);
        return new DailyPnlSummary(session, book, PnlAggregator.ByUnderlying(positions, prices), change, previous?.Session, asOf);
    }
}
