using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision;

/// <summary>
/// Runs the entry stages on one input and returns the gate trail (docs/domain/decision-engine.md#the-pipeline, seed 003 §2.5,
/// §2.6). Order: A universe, B calendar, D eligibility, E regime, F structure, C liquidity, G corporate guard and EV, H execution
/// window. C runs after F because its per-leg factors judge the legs F picks (the seed's entry path runs the liquidity gate
/// inside structure selection); D and E run before F because F's DTE window and candidates depend on them. The first
/// rejection stops the run; the trail holds every verdict up to and including it. Pure: the same input gives the same trail. The
/// wheel is resolved to the structure it trades (<see cref="StructureTypes.Resolve"/>) at stage D, which reports the
/// mode; E, F and G judge the resolved structure and the candidate carries it.
/// </summary>
public static class DecisionPipeline
{
    /// <summary>Decides one input.</summary>
    public static DecisionResult Run(DecisionInput input, DecisionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(thresholds);
        var trail = new List<GateVerdict>();
        if (!Keep(trail, UniverseStage.Evaluate(input, thresholds.Universe))
            || !Keep(trail, CalendarStage.Evaluate(input.Now, input.MacroEvents)))
        {
            return new DecisionResult(trail, null, null);
        }

        var eligibility = EligibilityStage.Evaluate(input, thresholds.Dte);
        input = input with { Structure = input.Structure.Resolve(input.Holding) };
        if (!Keep(trail, eligibility.Verdict) || !Keep(trail, RegimeStage.Evaluate(input.Structure, input.Regime, thresholds.Regime)))
        {
            return new DecisionResult(trail, null, null);
        }

        var structure = StructureStage.Select(input, eligibility, thresholds.Structure, thresholds.Friction);
        if (!Keep(trail, structure.Verdict) || structure.Candidate is not { } candidate)
        {
            return new DecisionResult(trail, structure.Candidate, null);
        }

        if (!Keep(trail, LiquidityStage.Evaluate(candidate, input.Activity, input.Now, thresholds.Liquidity)))
        {
            return new DecisionResult(trail, candidate, null);
        }

        var guard = CorporateEvStage.Evaluate(candidate, input, thresholds.Guard, thresholds.Friction);
        if (Keep(trail, guard.Verdict))
        {
            Keep(trail, ExecutionWindowStage.Evaluate(input.Now, thresholds.Execution));
        }

        return new DecisionResult(trail, candidate, guard.Ev);
    }

    private static bool Keep(List<GateVerdict> trail, GateVerdict verdict)
    {
        trail.Add(verdict);
        return verdict.Passed;
    }
}
