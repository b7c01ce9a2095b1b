namespace Kapman.Execution.Core.KillSwitch;

/// <summary>A position group the flatten cannot price (a leg without a usable quote): it must be raised, not skipped silently.</summary>
/// <param name="GroupId">The position group.</param>
/// <param name="Reason">Why.</param>
public sealed record FlattenBlocked(string GroupId, string Reason);
