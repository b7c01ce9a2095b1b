namespace Kapman.Wyckoff.Core.Tests.TestData;

internal static class Signals
{
    public static ScoreSignal Named(this WyckoffScore score, string name) =>
        score.Signals.Single(signal => signal.Name == name);
}
