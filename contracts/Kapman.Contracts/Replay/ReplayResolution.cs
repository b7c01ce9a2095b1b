namespace Kapman.Contracts.Replay;

/// <summary>What <see cref="ReplayCatalogue.Resolve"/> found: the route to replay on, or why there is none.</summary>
/// <param name="Route">The route, or null when the request names no valid pair.</param>
/// <param name="Problem">Why the pair cannot be replayed, naming what can; null when <paramref name="Route"/> is set.</param>
public sealed record ReplayResolution(ReplayRoute? Route, string? Problem);
