namespace Kapman.Execution.Core.Walking;

/// <summary>
/// The decision rule of the walking limit (docs/domain/execution.md#walking-limit, seed 003 Appendix B, <c>place_multileg_walking_limit</c>): given the
/// step just rested and what the broker reported for it, say what to do next. A partial fill is not walked: the
/// seed flattens it at once and reports failure, because a partly filled combo leaves legs unhedged (§11 R1).
/// </summary>
public static class WalkingLimit
{
    /// <summary>The first step (the start price at time zero).</summary>
    public static WalkingLimitStep First(WalkingLimitParameters parameters) =>
        WalkingLimitSchedule.Step(parameters, 0)
        ?? throw new ArgumentException("the walk has no first step (max duration or prices invalid)", nameof(parameters));

    /// <summary>Decides after step <paramref name="stepIndex"/> ended with <paramref name="outcome"/>.</summary>
    /// <param name="parameters">The walk.</param>
    /// <param name="stepIndex">The step that just rested.</param>
    /// <param name="outcome">The broker's report for it.</param>
    /// <param name="filledQuantity">Combo units filled (all of them for Filled, some for PartiallyFilled, else 0).</param>
    public static WalkingLimitDecision Next(WalkingLimitParameters parameters, int stepIndex, StepOutcome outcome, int filledQuantity)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        switch (outcome)
        {
            case StepOutcome.Filled:
                return new(WalkingLimitAction.Succeed, null, filledQuantity, $"filled at step {stepIndex}");
            case StepOutcome.PartiallyFilled:
                return new(WalkingLimitAction.FlattenPartial, null, filledQuantity,
                    $"partial fill of {filledQuantity} at step {stepIndex}: emergency flatten");
            case StepOutcome.Rejected:
            case StepOutcome.Expired:
                return new(WalkingLimitAction.Fail, null, 0, $"{outcome} at step {stepIndex}");
            default:
                var next = WalkingLimitSchedule.Step(parameters, stepIndex + 1);
                return next is null
                    ? new(WalkingLimitAction.TimeOut, null, 0, $"no fill after {stepIndex + 1} steps: ladder exhausted")
                    : new(WalkingLimitAction.PlaceNext, next, 0, $"no fill at step {stepIndex}: walk to {next.Price}");
        }
    }
}
