using Kapman.Recommendation.Backtest.Engine;

namespace Kapman.Recommendation.Backtest.Analytics;

/// <summary>Computes a <see cref="PerformanceReport"/> from a trade ledger and an equity series (seed 003 §10 <c>PerformanceAnalyzer</c>).</summary>
public static class PerformanceAnalyzer
{
    /// <summary>The report of <paramref name="trades"/> and <paramref name="equity"/>.</summary>
    /// <param name="trades">Closed trades.</param>
    /// <param name="equity">Marked equity per session, ascending.</param>
    /// <param name="initialCapital">Starting equity, dollars (the base of each group's realised equity).</param>
    /// <param name="annualRiskFree">Risk-free rate of Sharpe and Sortino, annual decimal.</param>
    public static PerformanceReport Analyze(IReadOnlyList<BacktestTrade> trades, IReadOnlyList<EquityPoint> equity, double initialCapital, double annualRiskFree)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(equity);
        var values = equity.Select(p => p.Equity).ToList();
        var overall = Group("all", trades, values, annualRiskFree);
        var byStrategy = trades.GroupBy(t => t.Strategy).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.ToList(), Realised(g.ToList(), equity, initialCapital), annualRiskFree)).ToList();
        var byUnderlying = trades.GroupBy(t => t.Position.Underlying).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.ToList(), Realised(g.ToList(), equity, initialCapital), annualRiskFree)).ToList();
        var (usd, days) = DrawdownExtent(equity);
        return new PerformanceReport(overall, byStrategy, byUnderlying, equity, RiskMetrics.Drawdowns(values), usd, days);
    }

    private static GroupPerformance Group(string key, IReadOnlyList<BacktestTrade> trades, IReadOnlyList<double> equity, double rf)
    {
        var returns = RiskMetrics.Returns(equity);
        return new GroupPerformance(
            key, TradeStatistics.Of(trades), RiskMetrics.Sharpe(returns, rf), RiskMetrics.Sortino(returns, rf), RiskMetrics.Calmar(equity),
            RiskMetrics.MaxDrawdown(equity), RiskMetrics.AnnualisedReturn(equity));
    }

    /// <summary>Initial capital plus the realised P&amp;L of <paramref name="trades"/> closed on or before each session.</summary>
    private static List<double> Realised(IReadOnlyList<BacktestTrade> trades, IReadOnlyList<EquityPoint> sessions, double initialCapital)
    {
        var byDate = trades.GroupBy(t => t.ExitDate).ToDictionary(g => g.Key, g => g.Sum(t => t.PnlUsd));
        var running = initialCapital;
        var result = new List<double>(sessions.Count);
        foreach (var point in sessions)
        {
            running += byDate.GetValueOrDefault(point.Date);
            result.Add(running);
        }

        return result;
    }

    private static (double Usd, int Days) DrawdownExtent(IReadOnlyList<EquityPoint> equity)
    {
        double maxUsd = 0d, peak = double.NegativeInfinity;
        var peakDate = default(DateOnly);
        var longest = 0;
        var underwater = false;
        foreach (var point in equity)
        {
            if (point.Equity >= peak)
            {
                longest = underwater ? Math.Max(longest, point.Date.DayNumber - peakDate.DayNumber) : longest;
                underwater = false;
                peak = point.Equity;
                peakDate = point.Date;
            }
            else
            {
                underwater = true;
                maxUsd = Math.Max(maxUsd, peak - point.Equity);
                longest = Math.Max(longest, point.Date.DayNumber - peakDate.DayNumber);
            }
        }

        return (maxUsd, longest);
    }
}
