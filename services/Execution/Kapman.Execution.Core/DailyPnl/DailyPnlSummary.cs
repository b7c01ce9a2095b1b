using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.DailyPnl;

/// <summary>One session's P&amp;L summary (<see cref="DailyPnlCalculator.Compute"/>), dollars.</summary>
/// <param name="Session">The session reported.</param>
/// <param name="Book">The whole book, keyed <c>*</c> (<see cref="PnlAggregator.Total"/>).</param>
/// <param name="ByUnderlying">One summary per underlying, by ticker.</param>
/// <param name="DayChange">Book total minus the previous report's total; null on the first report or when either total misses a mark.</param>
/// <param name="PreviousSession">The previous report's session, or null.</param>
/// <param name="MarksAsOf">The oldest quote date among the marks used, or null when nothing was marked.</param>
public sealed record DailyPnlSummary(
    DateOnly Session, PnlSummary Book, IReadOnlyList<PnlSummary> ByUnderlying, decimal? DayChange, DateOnly? PreviousSession, DateOnly? MarksAsOf);
