using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage C, liquidity, all five factors (docs/domain/decision-engine.md#c-liquidity, seed 003 §2.5 stage C): per leg (1) spread /
/// mid, (2) option volume, (3) open interest, (5) quote age; and (4) the underlying's volume against its average. It judges the
/// legs stage F chose, as the seed's entry path does (§2.6: the liquidity gate runs inside structure selection).
/// </summary>
public static class LiquidityStage
{
    /// <summary>The verdict.</summary>
    public static GateVerdict Evaluate(Candidate candidate, UnderlyingActivity? activity, DateTimeOffset now, LiquidityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(thresholds);
        var compared = new List<ComparedValue>();
        foreach (var leg in candidate.Legs)
        {
            var q = leg.Quote;
            var spread = q.Mid is { } mid && mid > 0 ? (q.Ask!.Value - q.Bid!.Value) / mid : (double?)null;
            compared.Add(ComparedValue.Check($"{q.OccSymbol} spread/mid", spread, "<=", thresholds.MaxSpreadFractionOfMid));
            compared.Add(ComparedValue.Check($"{q.OccSymbol} volume", q.Volume, ">=", thresholds.MinOptionVolume));
            compared.Add(ComparedValue.Check($"{q.OccSymbol} open interest", q.OpenInterest, ">=", thresholds.MinOpenInterest));
            var age = q.QuotedAt is { } at ? (now - at).TotalSeconds : (double?)null;
            compared.Add(ComparedValue.Check($"{q.OccSymbol} quote age s", age, "<=", thresholds.MaxQuoteAgeSeconds));
        }

        compared.Add(ComparedValue.Check($"{candidate.Underlying} volume / average", activity?.Ratio, ">=", thresholds.MinUnderlyingVolumeRatio));
        return GateVerdict.From(GateStage.Liquidity, compared, "All five liquidity factors pass", "Illiquid");
    }
}
