namespace Kapman.Wyckoff.Core;

/// <summary>
/// BC signal 2, Volume Explosion (docs/domain/wyckoff-scores.md#bc-volume-explosion, seed 000 §11.2: "Volume &gt;2x 20-day average"): the session's volume
/// exceeds 2 × the mean volume of the 20 sessions before it (the session excluded).
/// </summary>
internal static class VolumeExplosionRule
{
    public const string Name = "Volume Explosion";

    public static ScoreSignal Evaluate(BarSeries series, WyckoffParameters parameters)
    {
        var lookback = parameters.LookbackSessions;
        var average = series.MeanVolumeBefore(series.Last, lookback);
        if (average <= 0)
        {
            return new ScoreSignal(Name, 0, parameters.BcSignalPoints, $"no volume in the prior {lookback} sessions");
        }

        var ratio = series.Session.Volume / average;
        var passed = ratio > parameters.VolumeExplosionRatio;
        return new ScoreSignal(Name, passed ? parameters.BcSignalPoints : 0, parameters.BcSignalPoints,
            $"volume {Text.Times(ratio)} the {lookback}-session average of {Text.Shares(average)} " +
            $"({Text.Above(passed, Text.TimesLimit(parameters.VolumeExplosionRatio))})");
    }
}
