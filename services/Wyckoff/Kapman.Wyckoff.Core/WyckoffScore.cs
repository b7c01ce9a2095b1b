namespace Kapman.Wyckoff.Core;

/// <summary>A Wyckoff score (BC 0-28 or Spring 0-12) and the signals it adds up.</summary>
/// <param name="Total">Sum of the signals' points.</param>
/// <param name="Max">Sum of the signals' maximum points.</param>
/// <param name="Signals">The signals in seed order.</param>
public sealed record WyckoffScore(int Total, int Max, IReadOnlyList<ScoreSignal> Signals)
{
    /// <summary>Adds up <paramref name="signals"/>.</summary>
    internal static WyckoffScore Of(IReadOnlyList<ScoreSignal> signals) =>
        new(signals.Sum(s => s.Points), signals.Sum(s => s.MaxPoints), signals);
}
