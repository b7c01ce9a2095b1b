namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>A past directional call whose outcome is final (closed at target or stop, or expired).</summary>
/// <param name="Trigger">The triggering event or rule it was made on (see <see cref="Strategies.Triggers"/>).</param>
/// <param name="ResolvedOn">The date of the last bar its outcome used: the outcome is known after that session's close.</param>
/// <param name="DirectionCorrect">Whether the direction was right.</param>
public sealed record ResolvedCall(string Trigger, DateOnly ResolvedOn, bool DirectionCorrect);
