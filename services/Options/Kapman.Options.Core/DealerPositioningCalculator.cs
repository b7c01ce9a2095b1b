using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>
/// Dealer metrics of one chain (issue §4) over the contracts that pass <see cref="DealerEligibility"/>.
/// </summary>
/// <remarks>
/// <para>GEX of a contract, in $ per 1 % move of the underlying: |Γ| × OI × shares per contract × S² × 0.01
/// (Γ per share per $1; the dollar change of dealers' delta for a 1 % move; SqueezeMetrics, "Gamma Exposure", 2017).
/// Total GEX = Σ |GEX| (gross); net GEX = Σ sign × |GEX| with the sign of the <see cref="DealerConvention"/>
/// (default dealers long calls +, short puts −).</para>
/// <para>Gamma flip: <see cref="GammaFlip"/>. Walls: eligible contracts summed per strike over all expirations;
/// top 3 by OI (ties: lower strike) and top 3 by |GEX| (ties: lower strike), each wall carrying its OI and signed GEX.</para>
/// <para>DGPI (Dealer Gamma Positioning Index), our definition: 100 × net GEX / total GEX, in [−100, +100];
/// +100 = every eligible gamma dollar is held long by dealers, −100 = all short. It normalises net GEX so that
/// underlyings of any size compare (the same normalisation as the "gamma imbalance" ratios of SpotGamma/SqueezeMetrics).
/// Position: LONG_GAMMA when DGPI ≥ <see cref="NeutralBand"/>, SHORT_GAMMA when ≤ −<see cref="NeutralBand"/>, else NEUTRAL.</para>
/// <para>Status: INVALID without a spot ("NO_SPOT") or without eligible contracts ("NO_ELIGIBLE_CONTRACTS");
/// LIMITED with 1–24 eligible ("ONLY_n_ELIGIBLE") or when total GEX is 0 ("ZERO_GEX"); else FULL.</para>
/// </remarks>
public static class DealerPositioningCalculator
{
    /// <summary>Eligible contracts needed for FULL status.</summary>
    public const int FullMinimumEligible = 25;

    /// <summary>|DGPI| below this (index points) reads as NEUTRAL.</summary>
    public const double NeutralBand = 10.0;

    private const int WallCount = 3;

    /// <summary>Computes the dealer positioning of <paramref name="contracts"/>.</summary>
    /// <param name="contracts">The enriched chain.</param>
    /// <param name="spot">Underlying price in $ per share, or null when unknown (then INVALID).</param>
    /// <param name="inputs">Rate and dividend yield for the gamma flip grid.</param>
    /// <param name="convention">Dealer sign per right; null for <see cref="DealerConvention.LongCallsShortPuts"/>.</param>
    /// <exception cref="ArgumentNullException">contracts or inputs is null.</exception>
    public static DealerPositioning Compute(IReadOnlyList<EnrichedContract> contracts, double? spot, PricingInputs inputs, DealerConvention? convention = null)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(inputs);
        convention ??= DealerConvention.LongCallsShortPuts;
        var (eligible, excluded) = DealerEligibility.Filter(contracts);
        if (spot is not { } s || !double.IsFinite(s) || s <= 0)
        {
            return Empty(DealerStatus.Invalid, "NO_SPOT", null, eligible.Count, excluded);
        }

        if (eligible.Count == 0)
        {
            return Empty(DealerStatus.Invalid, "NO_ELIGIBLE_CONTRACTS", s, 0, excluded);
        }

        double callGex = 0, putGex = 0;
        foreach (var contract in eligible)
        {
            var gex = DealerMetricsCalculator.GexOf(contract, s);
            if (contract.Quote.Right == OptionRight.Call)
            {
                callGex += gex;
            }
            else
            {
                putGex += gex;
            }
        }

        var total = callGex + putGex;
        var net = convention.CallSign * callGex + convention.PutSign * putGex;
        double? dgpi = total > 0 ? 100.0 * net / total : null;
        var (status, reason) = eligible.Count < FullMinimumEligible
            ? (DealerStatus.Limited, $"ONLY_{eligible.Count}_ELIGIBLE")
            : total > 0 ? (DealerStatus.Full, (string?)null) : (DealerStatus.Limited, "ZERO_GEX");
        return new DealerPositioning(
            status, reason, s, eligible.Count, excluded, total, net, callGex, putGex,
            GammaFlip.Find(eligible, s, inputs, convention), dgpi, PositionOf(dgpi),
            Walls(eligible, OptionRight.Call, s, convention, byGex: false),
            Walls(eligible, OptionRight.Put, s, convention, byGex: false),
            Walls(eligible, OptionRight.Call, s, convention, byGex: true),
            Walls(eligible, OptionRight.Put, s, convention, byGex: true));
    }

    private static string PositionOf(double? dgpi) => dgpi switch
    {
        >= NeutralBand => DealerPosition.LongGamma,
        <= -NeutralBand => DealerPosition.ShortGamma,
        _ => DealerPosition.Neutral,
    };

    private static DealerPositioning Empty(string status, string reason, double? spot, int eligible, IReadOnlyDictionary<string, int> excluded) =>
        new(status, reason, spot, eligible, excluded, 0, 0, 0, 0, null, null, DealerPosition.Neutral, [], [], [], []);

    private static List<StrikeWall> Walls(IReadOnlyList<EnrichedContract> eligible, OptionRight right, double spot, DealerConvention convention, bool byGex)
    {
        var walls = eligible
            .Where(contract => contract.Quote.Right == right)
            .GroupBy(contract => contract.Quote.Strike)
            .Select(group => new StrikeWall(
                group.Key,
                group.Sum(contract => contract.Quote.OpenInterest),
                convention.SignOf(right) * group.Sum(contract => DealerMetricsCalculator.GexOf(contract, spot))));
        return (byGex ? walls.OrderByDescending(wall => Math.Abs(wall.Gex)) : walls.OrderByDescending(wall => wall.OpenInterest))
            .ThenBy(wall => wall.Strike)
            .Take(WallCount)
            .ToList();
    }
}
