using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage D, eligibility (docs/domain/decision-engine.md#d-eligibility, seed 003 §2.5 stage D, §8.3): min_dte ≤ DTE ≤ max_dte for
/// at least one listed expiration, the window adjusted to VIX by <see cref="DteThresholds.WindowFor"/>.
/// </summary>
public static class EligibilityStage
{
    /// <summary>The verdict and the eligible expirations.</summary>
    public static EligibilityOutcome Evaluate(DecisionChain chain, DateTimeOffset now, double? vix, DteThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(thresholds);
        var window = thresholds.WindowFor(vix);
        var eligible = chain.ExpirationsFrom(MarketClock.SessionDate(now))
            .Where(e => MarketClock.DaysToExpiry(now, e) is var dte && dte >= window.Min && dte <= window.Max)
            .ToList();
        var compared = new List<ComparedValue>
        {
            ComparedValue.Info("vix", vix),
            ComparedValue.Info("min dte", window.Min),
            ComparedValue.Info("max dte", window.Max),
            ComparedValue.Check("expirations in window", eligible.Count, ">=", 1),
        };
        var verdict = GateVerdict.From(GateStage.Eligibility, compared, $"{eligible.Count} expirations in DTE {window.Min}-{window.Max}", "No expiration in the DTE window");
        return new EligibilityOutcome(verdict, window, eligible);
    }
}
