using Kapman.Recommendation.Backtest.Engine;

namespace Kapman.Recommendation.Backtest.Analytics;

/// <summary>
/// The analytics of a run (docs/domain/decision-engine.md#analytics, seed 003 §10 <c>PerformanceReport</c>): overall on the
/// session-by-session marked equity, by strategy and by underlying on each group's realised equity (initial capital plus the
/// group's closed-trade P&amp;L, stepping on exit dates), and the equity and drawdown series.
/// </summary>
/// <param name="Overall">All trades, on the marked equity.</param>
/// <param name="ByStrategy">Per structure code.</param>
/// <param name="ByUnderlying">Per ticker.</param>
/// <param name="Equity">Marked equity per session.</param>
/// <param name="Drawdown">Drawdown per session, fraction of the running peak.</param>
/// <param name="MaxDrawdownUsd">Largest fall from a running peak, dollars.</param>
/// <param name="MaxDrawdownDays">Longest calendar-day span from a peak to the recovery of that peak (or to the end).</param>
public sealed record PerformanceReport(
    GroupPerformance Overall,
    IReadOnlyList<GroupPerformance> ByStrategy,
    IReadOnlyList<GroupPerformance> ByUnderlying,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<double> Drawdown,
    double MaxDrawdownUsd,
    int MaxDrawdownDays);
