using Kapman.Recommendation.Backtest.Engine;

namespace Kapman.Recommendation.Backtest.Analytics;

/// <summary>
/// Trade-ledger statistics (docs/domain/decision-engine.md#analytics, seed 003 §10 <c>PerformanceReport</c>). A win is a trade with
/// P&amp;L &gt; 0, a loss one with P&amp;L &lt; 0 (a zero P&amp;L is neither).
/// </summary>
/// <param name="Trades">Number of trades.</param>
/// <param name="Wins">Trades with P&amp;L &gt; 0.</param>
/// <param name="Losses">Trades with P&amp;L &lt; 0.</param>
/// <param name="WinRate">Wins / trades, 0..1 (0 without trades).</param>
/// <param name="AverageWinUsd">Mean P&amp;L of the wins, dollars (0 without wins).</param>
/// <param name="AverageLossUsd">Mean P&amp;L of the losses, dollars, negative (0 without losses).</param>
/// <param name="ProfitFactor">Σ wins / |Σ losses|; null without losses.</param>
/// <param name="TotalPnlUsd">Σ P&amp;L, dollars.</param>
/// <param name="AverageDaysHeld">Mean calendar days held.</param>
public sealed record TradeStatistics(
    int Trades, int Wins, int Losses, double WinRate, double AverageWinUsd, double AverageLossUsd, double? ProfitFactor, double TotalPnlUsd, double AverageDaysHeld)
{
    /// <summary>The statistics of <paramref name="trades"/>.</summary>
    public static TradeStatistics Of(IReadOnlyList<BacktestTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var wins = trades.Where(t => t.PnlUsd > 0).Select(t => t.PnlUsd).ToList();
        var losses = trades.Where(t => t.PnlUsd < 0).Select(t => t.PnlUsd).ToList();
        return new TradeStatistics(
            trades.Count,
            wins.Count,
            losses.Count,
            trades.Count > 0 ? (double)wins.Count / trades.Count : 0d,
            wins.Count > 0 ? wins.Average() : 0d,
            losses.Count > 0 ? losses.Average() : 0d,
            losses.Count > 0 ? wins.Sum() / -losses.Sum() : null,
            trades.Sum(t => t.PnlUsd),
            trades.Count > 0 ? trades.Average(t => t.DaysHeld) : 0d);
    }
}
