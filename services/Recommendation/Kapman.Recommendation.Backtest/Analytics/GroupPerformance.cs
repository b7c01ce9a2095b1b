namespace Kapman.Recommendation.Backtest.Analytics;

/// <summary>Performance of one group of trades (a strategy, an underlying, or all of them).</summary>
/// <param name="Key">The group, e.g. "iron_condor", "SPY" or "all".</param>
/// <param name="Stats">Trade-ledger statistics.</param>
/// <param name="Sharpe">Annualised Sharpe ratio of the group's equity.</param>
/// <param name="Sortino">Annualised Sortino ratio.</param>
/// <param name="Calmar">Annualised return / maximum drawdown.</param>
/// <param name="MaxDrawdown">Maximum drawdown, fraction of the peak.</param>
/// <param name="AnnualisedReturn">Compound annual growth rate.</param>
public sealed record GroupPerformance(string Key, TradeStatistics Stats, double Sharpe, double Sortino, double Calmar, double MaxDrawdown, double AnnualisedReturn);
