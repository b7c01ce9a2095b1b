namespace Kapman.Wyckoff.Core;

/// <summary>
/// Spring signal 1, Support Break (seed 000 §11.3: "Price breaks below established support"). The break bar
/// is the most recent of the last 3 bars whose low is below its support, support being the lowest low of
/// the 20 bars before that bar; a candidate bar without 20 bars before it is skipped. The other Spring
/// signals are measured against this break and score 0 without one.
/// </summary>
internal static class SupportBreakRule
{
    public const string Name = "Support Break";

    public static SpringBreak? Find(BarSeries series, WyckoffParameters parameters)
    {
        var lookback = parameters.LookbackSessions;
        for (var back = 0; back < parameters.SpringBreakWindow; back++)
        {
            var index = series.Last - back;
            if (index < lookback)
            {
                return null;
            }

            var support = series.LowestLowBefore(index, lookback);
            if (series.Bars[index].Low < support)
            {
                return new SpringBreak(index, support, series.MeanVolumeBefore(index, lookback));
            }
        }

        return null;
    }

    public static ScoreSignal Evaluate(SpringBreak? springBreak, BarSeries series, WyckoffParameters parameters)
    {
        if (springBreak is null)
        {
            return NoBreak(Name, series, parameters);
        }

        var bar = series.Bars[springBreak.BarIndex];
        return new ScoreSignal(Name, parameters.SpringSignalPoints, parameters.SpringSignalPoints,
            $"low {Text.Number(bar.Low)} on {Text.Date(bar.Date)} broke support {Text.Number(springBreak.Support)} " +
            $"(lowest low of the {parameters.LookbackSessions} bars before it)");
    }

    /// <summary>The zero-point signal used by every Spring rule when no bar broke support.</summary>
    public static ScoreSignal NoBreak(string name, BarSeries series, WyckoffParameters parameters)
    {
        var support = series.LowestLowBefore(series.Last, parameters.LookbackSessions);
        return new ScoreSignal(name, 0, parameters.SpringSignalPoints,
            $"no support break in the last {parameters.SpringBreakWindow} bars (session support {Text.Number(support)}, " +
            $"lowest low of the {parameters.LookbackSessions} prior bars; session low {Text.Number(series.Session.Low)})");
    }
}
