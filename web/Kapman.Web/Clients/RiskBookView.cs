namespace Kapman.Web.Clients;

/// <summary>The book of <see cref="RiskReport"/>.</summary>
/// <param name="Benchmark">The beta benchmark, e.g. SPY.</param>
/// <param name="Underlyings">Per underlying.</param>
/// <param name="Total">The whole book.</param>
/// <param name="UnpricedHoldings">Open holdings left out (no usable mark or implied volatility).</param>
public sealed record RiskBookView(string Benchmark, IReadOnlyList<RiskUnderlying> Underlyings, RiskTotal Total, int UnpricedHoldings);
