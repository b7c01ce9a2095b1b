using System.Text.Json.Serialization;
using Kapman.MarketData;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Data;

/// <summary>
/// One stored leg (JSON in <c>recommendations.legs</c>): prices $ per share, side BUY/SELL, right call/put; <c>Ratio</c>, contracts
/// per structure, only when above 1 (a butterfly's body sells 2), absent otherwise.
/// </summary>
public sealed record LegDto(
    string OccSymbol, string Side, string Right, DateOnly Expiration, double Strike, double Price, double? Bid, double? Ask, double? Delta, long OpenInterest,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Ratio = null)
{
    /// <summary>The stored form of <paramref name="leg"/>.</summary>
    public static LegDto From(TradeLeg leg)
    {
        ArgumentNullException.ThrowIfNull(leg);
        var c = leg.Contract;
        return new LegDto(c.OccSymbol, leg.Side == LegSide.Buy ? "BUY" : "SELL", c.Right == OptionRight.Call ? "call" : "put",
            c.Expiration, c.Strike, leg.Price, c.Bid, c.Ask, c.Delta, c.OpenInterest);
    }
}
