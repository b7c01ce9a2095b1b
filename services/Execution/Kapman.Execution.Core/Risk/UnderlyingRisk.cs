namespace Kapman.Execution.Core.Risk;

/// <summary>
/// The risk of the holdings on one underlying (docs/domain/risk-book.md#greeks, #beta-weighted-delta, #delta-gamma-var), every greek from
/// Black-Scholes-Merton at each holding's implied volatility (model values, not quotes).
/// </summary>
/// <param name="Underlying">Ticker.</param>
/// <param name="Spot">Spot, $ per share.</param>
/// <param name="Holdings">Option holdings valued.</param>
/// <param name="DeltaShares">Σ delta × contracts × 100: shares of the underlying equivalent.</param>
/// <param name="GammaSharesPerDollar">Σ gamma × contracts × 100: change of <paramref name="DeltaShares"/> per $1 of spot.</param>
/// <param name="ThetaDollarsPerDay">Σ theta per calendar day × contracts × 100, dollars.</param>
/// <param name="VegaDollarsPerVolPoint">Σ vega per volatility point × contracts × 100, dollars.</param>
/// <param name="DeltaDollars">DeltaShares × spot: dollars gained per 100 % of spot (so per 1 % move, a hundredth of it).</param>
/// <param name="Beta">Beta against the benchmark used.</param>
/// <param name="BetaSource"><c>benchmark</c> (it is the benchmark: 1), <c>bars</c> (from stored daily bars) or <c>assumed</c> (too few bars: 1).</param>
/// <param name="BetaWeightedDeltaDollars">DeltaDollars × beta: benchmark-equivalent dollar delta.</param>
/// <param name="DailyVolatility">σ of one day's log return used by the VaR.</param>
/// <param name="VolatilitySource"><c>bars</c> (stored daily bars) or <c>implied</c> (too few bars: mean implied σ of the holdings ÷ √252).</param>
/// <param name="Var95">One-day delta-gamma VaR at 95 %, dollars (a positive loss).</param>
/// <param name="Var99">One-day delta-gamma VaR at 99 %, dollars.</param>
/// <param name="Scenarios">P&amp;L of each scenario, dollars.</param>
public sealed record UnderlyingRisk(
    string Underlying,
    double Spot,
    int Holdings,
    double DeltaShares,
    double GammaSharesPerDollar,
    double ThetaDollarsPerDay,
    double VegaDollarsPerVolPoint,
    double DeltaDollars,
    double Beta,
    string BetaSource,
    double BetaWeightedDeltaDollars,
    double DailyVolatility,
    string VolatilitySource,
    double Var95,
    double Var99,
    IReadOnlyList<ScenarioResult> Scenarios);
