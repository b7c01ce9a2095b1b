namespace Kapman.Execution.Core.Walking;

/// <summary>One placed step of a replayed walk and what came of it.</summary>
/// <param name="Step">The rung.</param>
/// <param name="Outcome">NoFill, Filled or PartiallyFilled.</param>
/// <param name="FilledQuantity">Combo units filled at this rung.</param>
/// <param name="EndedAt">When the rung stopped resting (the fill's tick time, or the end of its interval).</param>
public sealed record WalkingLimitAttempt(WalkingLimitStep Step, StepOutcome Outcome, int FilledQuantity, TimeSpan EndedAt);
