namespace Kapman.Wyckoff.Core;

/// <summary>
/// Secondary Test, ST (docs/domain/wyckoff-events-and-phases.md#st-secondary-test, seed 000 §5.2: "Retest of SC area", detection "Lower volume than SC, higher low").
/// After the AR and before any SPRING, bar i is an ST when:
/// <list type="bullet">
/// <item>its low enters the SC area, the bottom 33 % of the SC-AR height
/// (low ≤ climax low + 0.33 × (AR high − climax low), <see cref="WyckoffParameters.StZoneFraction"/>), coming
/// from above (the previous bar's low was above that line), so a stay in the zone counts once;</item>
/// <item>higher low: its low stays above the climax low;</item>
/// <item>lower volume than the SC bar.</item>
/// </list>
/// Price level: the bar's low. Volume ratio: bar volume / SC volume.
/// Confidence: 0.5 + 0.5 × clamp(1 − volume ratio, 0, 1): the more the supply has dried up, the better.
/// </summary>
internal static class SecondaryTestRule
{
    public const string Code = "ST";

    public static WyckoffEvent? Detect(BarSeries series, TradingRange range, int index, WyckoffParameters parameters)
    {
        if (range.ArIndex is not { } ar || index <= ar || range.SpringIndex is not null || range.ScVolume <= 0)
        {
            return null;
        }

        var bar = series.Bars[index];
        var zoneTop = range.ClimaxLow + (parameters.StZoneFraction * (range.ArHigh - range.ClimaxLow));
        var volumeRatio = bar.Volume / range.ScVolume;
        if (bar.Low > zoneTop || bar.Low <= range.ClimaxLow || series.Bars[index - 1].Low <= zoneTop || volumeRatio >= 1)
        {
            return null;
        }

        var above = (bar.Low / range.ClimaxLow) - 1;
        return EventMaker.Make(
            Code, series, index, 0.5 + (0.5 * EventMaker.Unit(1 - volumeRatio)), bar.Low, volumeRatio,
            $"Secondary test of the SC area: low {Text.Number(bar.Low)}, {Text.Percent(above)} above the climax low " +
            $"{Text.Number(range.ClimaxLow)}, on {Text.Times(volumeRatio)} the SC volume",
            ("low_above_sc_pct", above), ("vol_vs_sc", volumeRatio), ("zone_top", zoneTop), ("bars_since_sc", index - range.ScIndex));
    }
}
