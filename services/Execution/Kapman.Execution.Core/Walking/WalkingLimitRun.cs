namespace Kapman.Execution.Core.Walking;

/// <summary>The result of replaying a walk against scripted quotes.</summary>
/// <param name="Attempts">Every rung placed, in order.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="FilledQuantity">Combo units filled (the quantity to flatten after a partial fill).</param>
/// <param name="FillPrice">The limit that filled, net dollars per share, or null.</param>
public sealed record WalkingLimitRun(IReadOnlyList<WalkingLimitAttempt> Attempts, WalkingLimitOutcome Outcome, int FilledQuantity, decimal? FillPrice);
