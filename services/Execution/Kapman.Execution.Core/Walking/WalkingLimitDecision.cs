namespace Kapman.Execution.Core.Walking;

/// <summary>The next move of the walk.</summary>
/// <param name="Action">What to do.</param>
/// <param name="NextStep">The step to place when <see cref="WalkingLimitAction.PlaceNext"/>, else null.</param>
/// <param name="FilledQuantity">Combo units filled so far (the quantity to flatten on FlattenPartial).</param>
/// <param name="Reason">Readable reason for the audit trail.</param>
public sealed record WalkingLimitDecision(WalkingLimitAction Action, WalkingLimitStep? NextStep, int FilledQuantity, string Reason);
