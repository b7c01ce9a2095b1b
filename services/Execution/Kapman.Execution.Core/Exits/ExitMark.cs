namespace Kapman.Execution.Core.Exits;

/// <summary>A group's mark for one scan.</summary>
/// <param name="Units">Combo units held: the greatest common divisor of the holdings' contracts.</param>
/// <param name="Mark">Net mark to close, dollars per share of one combo unit, or null when a leg has no usable quote.</param>
/// <param name="Problem">Why there is no mark (the leg and its quote), or null.</param>
public sealed record ExitMark(int Units, decimal? Mark, string? Problem);
