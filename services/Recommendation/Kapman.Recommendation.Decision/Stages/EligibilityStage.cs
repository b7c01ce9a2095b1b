using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage D, eligibility (docs/domain/decision-engine.md#d-eligibility, seed 003 §2.5 stage D, §8.3): min_dte ≤ DTE ≤ max_dte for
/// at least one listed expiration, the window adjusted to VIX by <see cref="DteThresholds.WindowFor"/>. For the whole input it also
/// judges the stock a structure needs: a covered call is not eligible without 100 shares held (seed 003 Appendix H: the covered
/// call sells against shares), and the wheel's mode is reported (CSP without shares, CC with them).
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

    /// <summary>
    /// The verdict for <paramref name="input"/>: the DTE window as above, then the holding. A covered call (asked for, or the wheel's
    /// mode) compares the shares held (0 when no holding is given) with 100.
    /// </summary>
    public static EligibilityOutcome Evaluate(DecisionInput input, DteThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(input);
        var outcome = Evaluate(input.Chain, input.Now, input.Regime.Vix, thresholds);
        var traded = input.Structure.Resolve(input.Holding);
        if (input.Structure != StructureType.Wheel && traded != StructureType.CoveredCall)
        {
            return outcome;
        }

        var compared = outcome.Verdict.Compared.ToList();
        var shares = input.Holding?.Shares ?? 0;
        if (input.Structure == StructureType.Wheel)
        {
            compared.Add(ComparedValue.Info($"wheel mode: {traded.Code()} (shares held)", shares));
        }

        if (traded == StructureType.CoveredCall)
        {
            compared.Add(ComparedValue.Check("shares held to cover one call", shares, ">=", StockHolding.SharesPerContract));
        }

        var failPrefix = input.Holding is null && traded == StructureType.CoveredCall
            ? "Not eligible: a covered call needs 100 shares held and no stock holding was given"
            : "Not eligible";
        var verdict = outcome.Verdict.Passed && compared.All(c => c.Passed)
            ? outcome.Verdict with { Compared = compared }
            : GateVerdict.From(GateStage.Eligibility, compared, outcome.Verdict.Reason, failPrefix);
        return outcome with { Verdict = verdict };
    }
}
