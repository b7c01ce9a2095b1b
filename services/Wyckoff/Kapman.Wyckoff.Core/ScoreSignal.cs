namespace Kapman.Wyckoff.Core;

/// <summary>One scored signal of a Wyckoff score.</summary>
/// <param name="Name">Signal name, e.g. "Volume Explosion".</param>
/// <param name="Points">Points awarded: 0 or <paramref name="MaxPoints"/>.</param>
/// <param name="MaxPoints">Points the signal can award.</param>
/// <param name="Reason">Why, in words with the measured numbers and the threshold.</param>
public sealed record ScoreSignal(string Name, int Points, int MaxPoints, string Reason);
