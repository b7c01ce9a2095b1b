using Kapman.MarketData;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Data;

/// <summary>
/// One leg of a candidate as stored in <c>decisions.legs</c>: quantity per structure (−1 sold, +1 bought), the stored quote ($ per
/// share), the delta the core selected it by, its IV (annualised decimal), session volume and open interest (contracts).
/// </summary>
public sealed record DecisionLegDto(
    string OccSymbol, int Quantity, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Mid, double Delta,
    double? ImpliedVolatility, long Volume, long OpenInterest)
{
    /// <summary>The stored form of <paramref name="leg"/>.</summary>
    public static DecisionLegDto From(StructureLeg leg)
    {
        ArgumentNullException.ThrowIfNull(leg);
        var q = leg.Quote;
        return new DecisionLegDto(q.OccSymbol, leg.Quantity, q.Right == OptionRight.Call ? "call" : "put", q.Expiration, q.Strike, q.Bid, q.Ask, q.Mid,
            leg.Delta, q.ImpliedVolatility, q.Volume, q.OpenInterest);
    }
}
