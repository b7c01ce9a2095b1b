namespace Kapman.Wyckoff.Core;

/// <summary>
/// Selling Climax event, SC (seed 000 §5.2: "Volume &gt;2x avg, wide range, close near low"), on the session
/// bar: volume &gt; 2 × the mean of the 20 prior sessions, true range ≥ 1.5 × ATR(14), close in the bottom
/// 30 % of the range (position ≤ 0.30), after a decline (SMA20 now below SMA20 5 bars ago). Needs
/// SMA20 on the bar 5 back, i.e. at least 25 bars. Price level: the bar's low. Confidence: see
/// <see cref="ClimaxMeasures.Confidence"/> with the close's distance below 0.30.
/// </summary>
internal static class SellingClimaxRule
{
    public const string Code = "SC";

    public static WyckoffEvent? Detect(BarSeries series, WyckoffParameters parameters)
    {
        if (ClimaxMeasures.Of(series, parameters) is not { } m ||
            m.VolumeRatio <= parameters.ClimaxVolumeRatio ||
            m.TrueRangeAtr < parameters.ClimaxRangeAtrMultiple ||
            m.ClosePosition > parameters.ClimaxCloseFraction ||
            m.SmaSlope >= 0)
        {
            return null;
        }

        var bar = series.Session;
        return new WyckoffEvent(
            Code,
            bar.Date,
            series.Last,
            m.Confidence(parameters.ClimaxCloseFraction - m.ClosePosition, parameters),
            bar.Low,
            m.VolumeRatio,
            $"Selling climax at {Text.Number(bar.Low)}: {m.Describe(parameters)}",
            m.ToDictionary());
    }
}
