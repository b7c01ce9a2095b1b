using Kapman.MarketData;

namespace Kapman.Recommendation.Core;

/// <summary>One listed option contract offered to the engine (prices in $ per share).</summary>
/// <param name="OccSymbol">OCC symbol, e.g. <c>SPY251024C00650000</c>.</param>
/// <param name="Right">Call or put.</param>
/// <param name="Expiration">Expiration date.</param>
/// <param name="Strike">Strike in $ per share.</param>
/// <param name="Bid">Best bid, or null.</param>
/// <param name="Ask">Best ask, or null.</param>
/// <param name="Delta">Delta per share (call 0..1, put −1..0), or null when unknown.</param>
/// <param name="OpenInterest">Open contracts.</param>
public sealed record ChainContract(
    string OccSymbol,
    OptionRight Right,
    DateOnly Expiration,
    double Strike,
    double? Bid,
    double? Ask,
    double? Delta,
    long OpenInterest);
