namespace Kapman.Wyckoff.Core;

/// <summary>
/// Spring signal 2, Quick Recovery (docs/domain/wyckoff-scores.md#spring-quick-recovery, seed 000 §11.3: "Price recovers above support within 1-3 bars"): the
/// session close is back above the broken range support (the re-entry). The break bar is one of the last 3 bars, so a recovery on the
/// session is within 1-3 bars of it (or on the break bar itself when that is the session).
/// </summary>
internal static class QuickRecoveryRule
{
    public const string Name = "Quick Recovery";

    public static ScoreSignal Evaluate(SpringBreak? springBreak, string absent, BarSeries series, WyckoffParameters parameters)
    {
        if (springBreak is null)
        {
            return new ScoreSignal(Name, 0, parameters.SpringSignalPoints, absent);
        }

        var close = series.Session.Close;
        var recovered = close > springBreak.Support;
        return new ScoreSignal(Name, recovered ? parameters.SpringSignalPoints : 0, parameters.SpringSignalPoints,
            recovered
                ? $"session close {Text.Number(close)} back above support {Text.Number(springBreak.Support)}"
                : $"session close {Text.Number(close)} not above support {Text.Number(springBreak.Support)}");
    }
}
