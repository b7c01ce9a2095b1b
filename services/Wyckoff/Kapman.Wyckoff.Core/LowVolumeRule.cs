namespace Kapman.Wyckoff.Core;

/// <summary>
/// Spring signal 3, Low Volume (docs/domain/wyckoff-scores.md#spring-low-volume, seed 000 §11.3: "Volume below average during break"): during the whole break,
/// so the heaviest break bar of the window (see <see cref="SupportBreakRule"/>) must trade below 1 × the mean
/// volume of the 20 bars before the first break bar (<see cref="WyckoffParameters.SpringLowVolumeRatio"/>).
/// A support break on heavy volume is a sign of weakness (docs/domain/wyckoff-events-and-phases.md#sow-sign-of-weakness, seed 000 §5.2, SOW), not a spring, even when a
/// quieter bar follows it below support (SPY 2008-09-29 broke the 09-18 climax low on 1.3 × volume, and
/// 2008-09-30 re-entered on less).
/// </summary>
internal static class LowVolumeRule
{
    public const string Name = "Low Volume";

    public static ScoreSignal Evaluate(SpringBreak? springBreak, string absent, BarSeries series, WyckoffParameters parameters)
    {
        if (springBreak is null)
        {
            return new ScoreSignal(Name, 0, parameters.SpringSignalPoints, absent);
        }

        var lookback = parameters.LookbackSessions;
        if (springBreak.PriorMeanVolume <= 0)
        {
            return new ScoreSignal(Name, 0, parameters.SpringSignalPoints,
                $"no volume in the {lookback} bars before the break");
        }

        var ratio = springBreak.HeaviestVolume / springBreak.PriorMeanVolume;
        var low = ratio < parameters.SpringLowVolumeRatio;
        return new ScoreSignal(Name, low ? parameters.SpringSignalPoints : 0, parameters.SpringSignalPoints,
            $"break-bar volume {Text.Times(ratio)} the {lookback}-bar average of {Text.Shares(springBreak.PriorMeanVolume)} " +
            $"({(low ? "<" : "not <")} {Text.TimesLimit(parameters.SpringLowVolumeRatio)})");
    }
}
