namespace Kapman.Wyckoff.Core;

/// <summary>
/// Spring, SPRING (docs/domain/wyckoff-events-and-phases.md#spring-event, seed 000 §5.2: "False breakdown", detection "Break support, quick recovery, low
/// volume"), with the predecessor benchmark's rule. After the AR, bar i is a SPRING when:
/// <list type="bullet">
/// <item>a break bar j, at most 2 bars before i (<see cref="WyckoffParameters.SpringReentryBars"/>; j may be i)
/// and after the AR, has its low more than 1 % below support, the climax low
/// (<see cref="WyckoffParameters.SpringPenetration"/>);</item>
/// <item>bar i is the first close back above support since j (re-entry);</item>
/// <item>bar i closes in the top 40 % of its range, close_pos ≥ 0.6;</item>
/// <item>bar i's volume is above its norm, vol_z ≥ 0.8 (40-bar z-score).</item>
/// </list>
/// The seed's "low volume" is about the break, and is scored by the Spring score's Low Volume signal; the
/// benchmark found the event most precise when the re-entry bar shows demand, so the event asks for that.
/// Price level: the lowest low of the break. Volume ratio: re-entry volume / 20-bar mean.
/// Confidence: 0.5 + 0.25 × clamp((close_pos − 0.6) / 0.4) + 0.25 × clamp(vol_z / 0.8 − 1), each 0..1.
/// </summary>
internal static class SpringRule
{
    public const string Code = "SPRING";

    public static WyckoffEvent? Detect(BarSeries series, TradingRange range, int index, WyckoffParameters parameters)
    {
        var bars = series.Bars;
        var support = range.ClimaxLow;
        var bar = bars[index];
        if (range.ArIndex is not { } ar || range.SpringIndex is not null || index <= ar || bar.Close <= support ||
            series.VolumeZ(index) is not { } volumeZ || volumeZ < parameters.SpringVolumeZ ||
            BarSeries.ClosePosition(bar) < parameters.SpringClosePosition ||
            BreakBar(series, support, ar, index, parameters) is not { } breakIndex)
        {
            return null;
        }

        var springLow = double.MaxValue;
        for (var k = breakIndex; k <= index; k++)
        {
            springLow = Math.Min(springLow, bars[k].Low);
        }

        var penetration = 1 - (springLow / support);
        var closePosition = BarSeries.ClosePosition(bar);
        range.SpringIndex = index;
        range.SpringLow = springLow;
        range.SpringVolume = bar.Volume;
        return EventMaker.Make(
            Code, series, index,
            0.5 + (0.25 * EventMaker.Unit((closePosition - parameters.SpringClosePosition) / (1 - parameters.SpringClosePosition))) +
            (0.25 * EventMaker.Unit((volumeZ / parameters.SpringVolumeZ) - 1)),
            springLow, EventMaker.VolumeRatio(series, index, parameters),
            $"Spring: low {Text.Number(springLow)} broke support {Text.Number(support)} by {Text.Percent(penetration)} and the " +
            $"close {Text.Number(bar.Close)} re-entered after {index - breakIndex} bar(s), close at {Text.Percent(closePosition)} " +
            $"of the range, vol_z {Text.Number(volumeZ)}",
            ("support", support), ("penetration_pct", penetration), ("bars_to_reentry", index - breakIndex),
            ("close_pos", closePosition), ("vol_z", volumeZ));
    }

    private static int? BreakBar(BarSeries series, double support, int ar, int index, WyckoffParameters parameters)
    {
        var breakLine = support * (1 - parameters.SpringPenetration);
        int? found = null;
        for (var k = index; k >= Math.Max(ar + 1, index - parameters.SpringReentryBars); k--)
        {
            if (k < index && series.Bars[k].Close > support)
            {
                break;
            }

            if (series.Bars[k].Low < breakLine)
            {
                found = k;
            }
        }

        return found;
    }
}
