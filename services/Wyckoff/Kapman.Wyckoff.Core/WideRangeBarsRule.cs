namespace Kapman.Wyckoff.Core;

/// <summary>
/// BC signal 3, Wide Range Bars (docs/domain/wyckoff-scores.md#bc-wide-range-bars, seed 000 §11.2: "Daily range &gt;4% of price, close in bottom 30%"): on the
/// session bar (high − low) / close exceeds 4 % and the close position within the range,
/// (close − low) / (high − low), is at most 0.30.
/// </summary>
internal static class WideRangeBarsRule
{
    public const string Name = "Wide Range Bars";

    public static ScoreSignal Evaluate(BarSeries series, WyckoffParameters parameters)
    {
        var bar = series.Session;
        var range = (bar.High - bar.Low) / bar.Close;
        var position = BarSeries.ClosePosition(bar);
        var wide = range > parameters.WideRangeFraction;
        var low = position <= parameters.WideRangeCloseFraction;
        var bottom = Text.Limit(parameters.WideRangeCloseFraction);
        return new ScoreSignal(Name, wide && low ? parameters.BcSignalPoints : 0, parameters.BcSignalPoints,
            $"range {Text.Percent(range)} of the close ({Text.Above(wide, Text.Limit(parameters.WideRangeFraction))}), " +
            $"close at {Text.Percent(position)} of the range ({(low ? "within" : "not within")} the bottom {bottom})");
    }
}
