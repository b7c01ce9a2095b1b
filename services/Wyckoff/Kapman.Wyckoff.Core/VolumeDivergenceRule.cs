namespace Kapman.Wyckoff.Core;

/// <summary>
/// BC signal 5, Volume Divergence (docs/domain/wyckoff-scores.md#bc-volume-divergence, seed 000 §11.2: "Price new high, OBV flat/declining"): the session close
/// is at or above the highest close of the 20 prior sessions while the session's OBV is below the highest
/// OBV of those sessions (volume does not confirm the new high).
/// </summary>
internal static class VolumeDivergenceRule
{
    public const string Name = "Volume Divergence";

    public static ScoreSignal Evaluate(BarSeries series, WyckoffParameters parameters)
    {
        var lookback = parameters.LookbackSessions;
        var close = series.Session.Close;
        var priorClose = series.HighestCloseBefore(series.Last, lookback);
        var obv = series.ObvAt(series.Last);
        var priorObv = series.HighestObvBefore(series.Last, lookback);
        var newHigh = close >= priorClose;
        var obvLags = obv < priorObv;
        var closePart = newHigh
            ? $"close {Text.Number(close)} at or above the prior {lookback}-session high close {Text.Number(priorClose)}"
            : $"close {Text.Number(close)} below the prior {lookback}-session high close {Text.Number(priorClose)}";
        var obvPart = obvLags
            ? $"OBV {Text.Shares(obv)} below its prior {lookback}-session high {Text.Shares(priorObv)}"
            : $"OBV {Text.Shares(obv)} at or above its prior {lookback}-session high {Text.Shares(priorObv)}";
        return new ScoreSignal(Name, newHigh && obvLags ? parameters.BcSignalPoints : 0, parameters.BcSignalPoints,
            $"{closePart}; {obvPart}");
    }
}
