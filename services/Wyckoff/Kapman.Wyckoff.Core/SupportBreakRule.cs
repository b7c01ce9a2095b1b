namespace Kapman.Wyckoff.Core;

/// <summary>
/// Spring signal 1, Support Break (docs/domain/wyckoff-scores.md#spring-support-break, seed 000 §11.3: "Price breaks below established support"). Support is
/// established only by a completed trading range: an SC followed by its AR (see <see cref="EventDetector"/>),
/// and it is the range's climax low, the lowest low from the SC to the AR peak (the predecessor benchmark's
/// "lowest low between SC and AR"). The break bar is the most recent of the last 3 bars
/// (<see cref="WyckoffParameters.SpringBreakWindow"/>), after the AR, whose low is below that support; every
/// such bar of the window belongs to the break (the first sets the volume baseline, the heaviest is judged by
/// <see cref="LowVolumeRule"/>).
/// Without an open range, or before its AR, there is no established support and no break: a new low in the
/// middle of a decline (SPY 2020-03-17..19, between the 03-12 SC and the 03-26 AR peak) is not a spring
/// setup. The range closes on a breakdown (3 closes below support, or below the spring low after a spring),
/// so a later collapse does not keep an old support alive. The other Spring signals are measured against
/// this break and score 0, with the same reason, without one.
/// </summary>
internal static class SupportBreakRule
{
    public const string Name = "Support Break";

    /// <summary>The break, or null with <paramref name="absent"/> saying why there is none.</summary>
    public static SpringBreak? Find(BarSeries series, TradingRange? range, WyckoffParameters parameters, out string absent)
    {
        if (range is null)
        {
            absent = "no established support: no open trading range (a selling climax followed by an automatic rally)";
            return null;
        }

        var sc = Text.Date(series.Bars[range.ScIndex].Date);
        if (range.ArIndex is not { } ar)
        {
            absent = $"no established support yet: the selling climax of {sc} has no automatic rally (the decline is not over)";
            return null;
        }

        var support = range.ClimaxLow;
        int? latest = null;
        var first = 0;
        var heaviest = 0.0;
        for (var index = series.Last; index > ar && index > series.Last - parameters.SpringBreakWindow; index--)
        {
            if (series.Bars[index].Low < support)
            {
                latest ??= index;
                first = index;
                heaviest = Math.Max(heaviest, series.Bars[index].Volume);
            }
        }

        absent = "";
        if (latest is { } last)
        {
            return new SpringBreak(last, first, support, series.MeanVolumeBefore(first, parameters.LookbackSessions), heaviest, sc);
        }

        absent = $"no support break in the last {parameters.SpringBreakWindow} bars after the automatic rally (range support " +
                 $"{Text.Number(support)}, the lowest low from the selling climax of {sc} to the rally; session low {Text.Number(series.Session.Low)})";
        return null;
    }

    public static ScoreSignal Evaluate(SpringBreak? springBreak, string absent, BarSeries series, WyckoffParameters parameters)
    {
        if (springBreak is null)
        {
            return new ScoreSignal(Name, 0, parameters.SpringSignalPoints, absent);
        }

        var bar = series.Bars[springBreak.BarIndex];
        return new ScoreSignal(Name, parameters.SpringSignalPoints, parameters.SpringSignalPoints,
            $"low {Text.Number(bar.Low)} on {Text.Date(bar.Date)} broke range support {Text.Number(springBreak.Support)} " +
            $"(the lowest low from the selling climax of {springBreak.ScDate} to the automatic rally)");
    }
}
