namespace Kapman.Execution.Core.Risk;

/// <summary>The risk book of a set of option holdings (docs/domain/risk-book.md, seed 003 §6 task 7.2.1 <c>PortfolioRiskSnapshot</c>).</summary>
/// <param name="Benchmark">The beta benchmark (SPY).</param>
/// <param name="Underlyings">Per underlying, ordered by ticker.</param>
/// <param name="Total">The whole book.</param>
/// <param name="UnpricedHoldings">Open holdings left out: no usable mark, no implied volatility, expired, or no spot.</param>
/// <param name="RiskFreeRate">r used by the repricing (annual, continuous).</param>
/// <param name="DividendYield">q used by the repricing (annual, continuous).</param>
public sealed record RiskBook(
    string Benchmark, IReadOnlyList<UnderlyingRisk> Underlyings, RiskTotals Total, int UnpricedHoldings, double RiskFreeRate, double DividendYield);
