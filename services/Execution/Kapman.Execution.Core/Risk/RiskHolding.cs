using Kapman.MarketData;

namespace Kapman.Execution.Core.Risk;

/// <summary>
/// One option holding as the risk book values it (docs/domain/risk-book.md#inputs): its contract terms, signed contracts and the
/// annualised volatility implied by its mark, so that the book can reprice it with Black-Scholes-Merton at any spot and volatility.
/// </summary>
/// <param name="Underlying">Underlying ticker.</param>
/// <param name="OccSymbol">OCC symbol (for the reader; not used in the arithmetic).</param>
/// <param name="Right">Call or put.</param>
/// <param name="Strike">Strike, $ per share.</param>
/// <param name="Years">Time to expiry in years (ACT/365) from the valuation session.</param>
/// <param name="Contracts">Signed contracts: + long, − short.</param>
/// <param name="ImpliedVolatility">σ implied by the mark, annualised (0.20 = 20 %).</param>
public sealed record RiskHolding(string Underlying, string OccSymbol, OptionRight Right, double Strike, double Years, int Contracts, double ImpliedVolatility);
