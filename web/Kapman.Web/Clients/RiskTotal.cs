namespace Kapman.Web.Clients;

/// <summary>The whole book (delta and gamma in shares add different underlyings; the beta-weighted delta is the book's delta).</summary>
/// <param name="Holdings">Holdings valued.</param>
/// <param name="DeltaShares">Σ delta, shares of mixed underlyings.</param>
/// <param name="GammaSharesPerDollar">Σ gamma, mixed underlyings.</param>
/// <param name="ThetaDollarsPerDay">Σ theta, $ per day.</param>
/// <param name="VegaDollarsPerVolPoint">Σ vega, $ per volatility point.</param>
/// <param name="BetaWeightedDeltaDollars">Σ beta-weighted delta, dollars.</param>
/// <param name="BetaWeightedDeltaShares">The same in benchmark shares, or null without the benchmark's spot.</param>
/// <param name="Var95">Σ VaR 95 %, dollars.</param>
/// <param name="Var99">Σ VaR 99 %, dollars.</param>
/// <param name="Scenarios">Σ scenario P&amp;L, dollars.</param>
public sealed record RiskTotal(
    int Holdings, decimal DeltaShares, decimal GammaSharesPerDollar, decimal ThetaDollarsPerDay, decimal VegaDollarsPerVolPoint, decimal BetaWeightedDeltaDollars,
    decimal? BetaWeightedDeltaShares, decimal Var95, decimal Var99, IReadOnlyList<RiskScenarioPnl> Scenarios);
