namespace Kapman.Wyckoff.Core;

/// <summary>
/// Spring signal 3, Low Volume (seed 000 §11.3: "Volume below average during break"): the break bar's
/// volume is below 1 × the mean volume of the 20 bars before the break bar.
/// </summary>
internal static class LowVolumeRule
{
    public const string Name = "Low Volume";

    public static ScoreSignal Evaluate(SpringBreak? springBreak, BarSeries series, WyckoffParameters parameters)
    {
        if (springBreak is null)
        {
            return SupportBreakRule.NoBreak(Name, series, parameters);
        }

        var lookback = parameters.LookbackSessions;
        if (springBreak.PriorMeanVolume <= 0)
        {
            return new ScoreSignal(Name, 0, parameters.SpringSignalPoints,
                $"no volume in the {lookback} bars before the break");
        }

        var ratio = series.Bars[springBreak.BarIndex].Volume / springBreak.PriorMeanVolume;
        var low = ratio < parameters.SpringLowVolumeRatio;
        return new ScoreSignal(Name, low ? parameters.SpringSignalPoints : 0, parameters.SpringSignalPoints,
            $"break-bar volume {Text.Times(ratio)} the {lookback}-bar average of {Text.Shares(springBreak.PriorMeanVolume)} " +
            $"({(low ? "<" : "not <")} {Text.TimesLimit(parameters.SpringLowVolumeRatio)})");
    }
}
