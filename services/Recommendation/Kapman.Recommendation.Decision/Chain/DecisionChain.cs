namespace Kapman.Recommendation.Decision.Chain;

/// <summary>The option chain of one underlying at one instant.</summary>
/// <param name="Underlying">Ticker, e.g. "SPY".</param>
/// <param name="Spot">Underlying price, $ per share.</param>
/// <param name="Quotes">Every listed contract offered (any expirations).</param>
public sealed record DecisionChain(string Underlying, double Spot, IReadOnlyList<ChainQuote> Quotes)
{
    /// <summary>The distinct expirations on or after <paramref name="today"/>, ascending.</summary>
    public IReadOnlyList<DateOnly> ExpirationsFrom(DateOnly today) =>
        Quotes.Select(q => q.Expiration).Where(e => e >= today).Distinct().Order().ToList();
}
