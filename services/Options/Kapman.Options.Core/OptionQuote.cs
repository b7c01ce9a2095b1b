using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>One option contract as the feed gave it (prices in $ per share, not per contract).</summary>
/// <param name="OccSymbol">The OCC symbol without Polygon's "O:" prefix, e.g. <c>SPY250919C00650000</c>.</param>
/// <param name="Underlying">The underlying ticker the chain was requested for, e.g. "SPY".</param>
/// <param name="Right">Call or put.</param>
/// <param name="Expiration">Expiration date (last trading day).</param>
/// <param name="Strike">Strike in $ per share.</param>
/// <param name="SharesPerContract">Deliverable shares per contract (100 for standard equity options).</param>
/// <param name="Bid">Best bid in $ per share, null when the feed has none (0 = no bid).</param>
/// <param name="Ask">Best ask in $ per share, null when the feed has none.</param>
/// <param name="Last">Last trade price in $ per share (Polygon <c>last_trade.price</c>, else <c>day.close</c>), or null.</param>
/// <param name="Volume">Contracts traded in the session (0 when the feed has none).</param>
/// <param name="OpenInterest">Open contracts (0 when the feed has none).</param>
/// <param name="ImpliedVolatility">The feed's implied volatility, annualised decimal, or null.</param>
/// <param name="Greeks">The feed's greeks (per share; theta per day, vega per vol point, rho NaN), or null.</param>
/// <param name="GreeksSource">"feed" when <paramref name="Greeks"/> came from the feed, else null.</param>
public sealed record OptionQuote(
    string OccSymbol,
    string Underlying,
    OptionRight Right,
    DateOnly Expiration,
    double Strike,
    int SharesPerContract,
    double? Bid,
    double? Ask,
    double? Last,
    long Volume,
    long OpenInterest,
    double? ImpliedVolatility,
    Greeks? Greeks,
    string? GreeksSource)
{
    /// <summary>The feed's exercise style (Polygon <c>details.exercise_style</c>), or null when it gives none or another style.</summary>
    public ExerciseStyle? Style { get; init; }
}
