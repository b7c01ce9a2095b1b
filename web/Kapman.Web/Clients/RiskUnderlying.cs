namespace Kapman.Web.Clients;

/// <summary>The risk of one underlying: greeks in share units and dollars (delta shares, gamma shares per $1, theta $/day, vega $/vol point).</summary>
/// <param name="Underlying">Ticker.</param>
/// <param name="Spot">Spot, $ per share.</param>
/// <param name="Holdings">Holdings valued.</param>
/// <param name="DeltaShares">Net delta, shares.</param>
/// <param name="GammaSharesPerDollar">Net gamma, shares per $1.</param>
/// <param name="ThetaDollarsPerDay">Net theta, $ per day.</param>
/// <param name="VegaDollarsPerVolPoint">Net vega, $ per volatility point.</param>
/// <param name="Beta">Beta against the benchmark.</param>
/// <param name="BetaSource">benchmark, bars or assumed.</param>
/// <param name="BetaWeightedDeltaDollars">Delta × spot × beta, dollars.</param>
/// <param name="DailyVolatility">σ of one day's log return.</param>
/// <param name="VolatilitySource">bars or implied.</param>
/// <param name="Var95">One-day VaR 95 %, dollars.</param>
/// <param name="Var99">One-day VaR 99 %, dollars.</param>
/// <param name="Scenarios">Scenario P&amp;L, dollars.</param>
public sealed record RiskUnderlying(
    string Underlying, decimal Spot, int Holdings, decimal DeltaShares, decimal GammaSharesPerDollar, decimal ThetaDollarsPerDay, decimal VegaDollarsPerVolPoint,
    double Beta, string BetaSource, decimal BetaWeightedDeltaDollars, double DailyVolatility, string VolatilitySource, decimal Var95, decimal Var99,
    IReadOnlyList<RiskScenarioPnl> Scenarios);
