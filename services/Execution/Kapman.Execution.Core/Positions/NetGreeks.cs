namespace Kapman.Execution.Core.Positions;

/// <summary>
/// Share-equivalent net greeks of a set of holdings (docs/domain/execution.md#net-greeks, seed 003 §6 task 7.2.1 <c>PortfolioRiskSnapshot</c>:
/// net_delta_shares, net_gamma_shares_per_dollar, net_theta_usd_per_day, net_vega_usd_per_1vol).
/// </summary>
/// <param name="Key">Underlying, or <c>*</c>.</param>
/// <param name="DeltaShares">Σ delta × contracts × 100: shares of the underlying equivalent.</param>
/// <param name="GammaSharesPerDollar">Σ gamma × contracts × 100: change of DeltaShares per $1.</param>
/// <param name="ThetaDollarsPerDay">Σ theta × contracts × 100.</param>
/// <param name="VegaDollarsPerVolPoint">Σ vega × contracts × 100.</param>
/// <param name="MissingGreeks">Open holdings without greeks (left out of the sums).</param>
public sealed record NetGreeks(string Key, double DeltaShares, double GammaSharesPerDollar, double ThetaDollarsPerDay, double VegaDollarsPerVolPoint, int MissingGreeks);
