using Kapman.MarketData;

namespace Kapman.Options.Core;

/// <summary>
/// Gamma exposure (GEX) of option dealers and the open-interest walls of a chain, after SqueezeMetrics,
/// "Gamma Exposure (GEX)" white paper, 2017.
/// </summary>
/// <remarks>
/// Per contract: GEX = |Γ| × OI × shares per contract × S² × 0.01, in $ of delta notional that dealers must
/// trade per 1 % move of the underlying (Γ per share per $1; Γ × S × 0.01 = delta change per 1 % move, × S ×
/// shares × OI = $). |Γ| is used because the model gamma of a long option is never negative, while some feeds
/// (Interactive Brokers) report puts' gamma with a negative sign.
/// Convention (SqueezeMetrics): customers buy calls and sell puts, so dealers are long calls (+) and short
/// puts (−): NetGex = Σ GEX(calls) − Σ GEX(puts); TotalGex = Σ GEX(calls) + Σ GEX(puts).
/// Contracts without greeks or without open interest add nothing.
/// Walls: open interest summed per strike over all expirations, strikes with OI &gt; 0 only, the top 3 by OI
/// (ties: lower strike first), each with its summed, signed GEX.
/// </remarks>
public static class DealerMetricsCalculator
{
    private const int WallCount = 3;
    private const double OnePercent = 0.01;

    /// <summary>Computes the dealer metrics of <paramref name="contracts"/> at <paramref name="spot"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="underlying"/> or <paramref name="contracts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spot"/> is not positive and finite.</exception>
    public static DealerMetrics Compute(string underlying, DateOnly asOf, double spot, IReadOnlyList<EnrichedContract> contracts)
    {
        ArgumentNullException.ThrowIfNull(underlying);
        ArgumentNullException.ThrowIfNull(contracts);
        if (!double.IsFinite(spot) || spot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(spot), spot, "Spot must be positive and finite.");
        }

        double callGex = 0, putGex = 0;
        foreach (var contract in contracts)
        {
            var gex = GexOf(contract, spot);
            if (contract.Quote.Right == OptionRight.Call)
            {
                callGex += gex;
            }
            else
            {
                putGex += gex;
            }
        }

        return new DealerMetrics(
            underlying,
            asOf,
            spot,
            contracts.Count,
            callGex + putGex,
            callGex - putGex,
            Walls(contracts, OptionRight.Call, spot, 1.0),
            Walls(contracts, OptionRight.Put, spot, -1.0));
    }

    /// <summary>The unsigned GEX of one contract in $ per 1 % move; 0 without greeks.</summary>
    public static double GexOf(EnrichedContract contract, double spot)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return contract.Greeks is { } greeks && double.IsFinite(greeks.Gamma)
            ? Math.Abs(greeks.Gamma) * contract.Quote.OpenInterest * contract.Quote.SharesPerContract * spot * spot * OnePercent
            : 0.0;
    }

    private static List<StrikeWall> Walls(IReadOnlyList<EnrichedContract> contracts, OptionRight right, double spot, double sign) =>
        contracts
            .Where(contract => contract.Quote.Right == right)
            .GroupBy(contract => contract.Quote.Strike)
            .Select(group => new StrikeWall(
                group.Key,
                group.Sum(contract => contract.Quote.OpenInterest),
                sign * group.Sum(contract => GexOf(contract, spot))))
            .Where(wall => wall.OpenInterest > 0)
            .OrderByDescending(wall => wall.OpenInterest)
            .ThenBy(wall => wall.Strike)
            .Take(WallCount)
            .ToList();
}
