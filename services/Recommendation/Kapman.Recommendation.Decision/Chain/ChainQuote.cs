using Kapman.MarketData;

namespace Kapman.Recommendation.Decision.Chain;

/// <summary>One listed option as the decision core sees it. Prices in $ per share; one contract delivers 100 shares.</summary>
/// <param name="OccSymbol">OCC symbol, e.g. <c>SPY251010P00600000</c>.</param>
/// <param name="Right">Call or put.</param>
/// <param name="Expiration">Expiration date (New York).</param>
/// <param name="Strike">Strike, $ per share.</param>
/// <param name="Bid">Best bid, $ per share, or null.</param>
/// <param name="Ask">Best ask, $ per share, or null.</param>
/// <param name="Volume">Contracts traded in the session so far.</param>
/// <param name="OpenInterest">Open contracts.</param>
/// <param name="ImpliedVolatility">Annualised decimal (0.18 = 18 %), or null.</param>
/// <param name="Delta">Delta per share (call 0..1, put −1..0), or null: then computed from the IV by Black-Scholes-Merton.</param>
/// <param name="QuotedAt">Instant of the quote, or null when the feed gives none (then the quote-age factor fails).</param>
public sealed record ChainQuote(
    string OccSymbol,
    OptionRight Right,
    DateOnly Expiration,
    double Strike,
    double? Bid,
    double? Ask,
    long Volume,
    long OpenInterest,
    double? ImpliedVolatility,
    double? Delta,
    DateTimeOffset? QuotedAt)
{
    /// <summary>True when bid &gt; 0 and ask ≥ bid: a two-sided market.</summary>
    public bool IsTwoSided => Bid is > 0 && Ask is { } ask && ask >= Bid;

    /// <summary>(bid + ask) / 2 for a two-sided market, else null. $ per share.</summary>
    public double? Mid => IsTwoSided ? (Bid!.Value + Ask!.Value) / 2d : null;

    /// <summary>(ask − bid) / 2 for a two-sided market, else null. $ per share.</summary>
    public double? HalfSpread => IsTwoSided ? (Ask!.Value - Bid!.Value) / 2d : null;
}
