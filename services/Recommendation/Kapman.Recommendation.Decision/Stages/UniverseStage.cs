using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage A, universe and data availability (docs/domain/decision-engine.md#a-universe-and-data, seed 003 §2.5 stage A): the
/// underlying is in the configured universe, its spot is positive, and the chain lists enough expirations from today on.
/// </summary>
public static class UniverseStage
{
    /// <summary>The verdict.</summary>
    public static GateVerdict Evaluate(DecisionInput input, UniverseThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(thresholds);
        var chain = input.Chain;
        var compared = new List<ComparedValue>();
        if (thresholds.Universe.Count > 0)
        {
            var member = thresholds.Universe.Contains(chain.Underlying, StringComparer.OrdinalIgnoreCase);
            compared.Add(ComparedValue.Check($"{chain.Underlying} in universe", member ? 1 : 0, ">=", 1));
        }

        compared.Add(ComparedValue.Check("spot", chain.Spot, ">", 0));
        var expirations = chain.ExpirationsFrom(MarketClock.SessionDate(input.Now)).Count;
        compared.Add(ComparedValue.Check("expirations listed", expirations, ">=", thresholds.MinExpirations));
        return GateVerdict.From(GateStage.Universe, compared, $"{chain.Underlying} tradable with data", "No data or outside the universe");
    }
}
