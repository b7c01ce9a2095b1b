namespace Kapman.Wyckoff.Core;

/// <summary>
/// BC signal 1, Parabolic Price (docs/domain/wyckoff-scores.md#bc-parabolic-price, seed 000 §11.2: "&gt;5% gain in 1 day or &gt;3% consecutive days"), on the
/// session bar: the one-day close-to-close gain exceeds 5 %, or the session's gain and the previous
/// session's gain each exceed 3 %.
/// </summary>
internal static class ParabolicPriceRule
{
    public const string Name = "Parabolic Price";

    public static ScoreSignal Evaluate(BarSeries series, WyckoffParameters parameters)
    {
        var today = series.Gain(series.Last);
        var yesterday = series.Gain(series.Last - 1);
        var oneDay = Text.Limit(parameters.ParabolicOneDayGain);
        var twoDay = Text.Limit(parameters.ParabolicTwoDayGain);
        if (today > parameters.ParabolicOneDayGain)
        {
            return new ScoreSignal(Name, parameters.BcSignalPoints, parameters.BcSignalPoints,
                $"1-day gain {Text.Percent(today)} (> {oneDay})");
        }

        if (today > parameters.ParabolicTwoDayGain && yesterday > parameters.ParabolicTwoDayGain)
        {
            return new ScoreSignal(Name, parameters.BcSignalPoints, parameters.BcSignalPoints,
                $"gains of {Text.Percent(yesterday)} and {Text.Percent(today)} on the last 2 sessions (each > {twoDay})");
        }

        return new ScoreSignal(Name, 0, parameters.BcSignalPoints,
            $"1-day gain {Text.Percent(today)} (not > {oneDay}); last 2 sessions {Text.Percent(yesterday)} and " +
            $"{Text.Percent(today)} (not both > {twoDay})");
    }
}
