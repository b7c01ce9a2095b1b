namespace Kapman.Execution.Core.Walking;

/// <summary>One rung of the walk: the limit placed at <see cref="StartsAt"/> and rested for one step interval.</summary>
/// <param name="Index">0 for the start price, 1 after the first walk, ...</param>
/// <param name="Price">Limit in net dollars per share.</param>
/// <param name="StartsAt">Time since the first placement.</param>
public sealed record WalkingLimitStep(int Index, decimal Price, TimeSpan StartsAt);
