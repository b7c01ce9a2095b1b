namespace Kapman.Wyckoff.Core;

/// <summary>
/// Buying Climax event, BC (seed 000 §5.2: "Volume &gt;2x avg, wide range at highs"), the mirror of
/// <see cref="SellingClimaxRule"/> on the session bar: volume &gt; 2 × the mean of the 20 prior sessions,
/// true range ≥ 1.5 × ATR(14), high ≥ the highest high of the 20 prior sessions, close in the top 30 % of
/// the range (position ≥ 0.70: euphoric buying into the close), after an advance (SMA20 now above SMA20
/// 5 bars ago). Price level: the bar's high. Confidence: see <see cref="ClimaxMeasures.Confidence"/> with
/// the close's distance above 0.70.
/// </summary>
internal static class BuyingClimaxRule
{
    public const string Code = "BC";

    public static WyckoffEvent? Detect(BarSeries series, WyckoffParameters parameters)
    {
        var bar = series.Session;
        var top = 1 - parameters.ClimaxCloseFraction;
        if (ClimaxMeasures.Of(series, parameters) is not { } m ||
            m.VolumeRatio <= parameters.ClimaxVolumeRatio ||
            m.TrueRangeAtr < parameters.ClimaxRangeAtrMultiple ||
            m.ClosePosition < top ||
            m.SmaSlope <= 0 ||
            bar.High < series.HighestHighBefore(series.Last, parameters.LookbackSessions))
        {
            return null;
        }

        return new WyckoffEvent(
            Code,
            bar.Date,
            series.Last,
            m.Confidence(m.ClosePosition - top, parameters),
            bar.High,
            m.VolumeRatio,
            $"Buying climax at {Text.Number(bar.High)}, a {parameters.LookbackSessions}-session high: {m.Describe(parameters)}",
            m.ToDictionary());
    }
}
