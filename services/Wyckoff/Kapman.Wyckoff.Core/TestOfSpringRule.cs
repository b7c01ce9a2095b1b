namespace Kapman.Wyckoff.Core;

/// <summary>
/// Test of Spring, TEST (docs/domain/wyckoff-events-and-phases.md#test-test-of-spring, seed 000 §5.2: "Validate spring", detection "Low volume retest of spring area").
/// The first bar i within 10 bars after the SPRING (<see cref="WyckoffParameters.TestWindowBars"/>) that:
/// <list type="bullet">
/// <item>comes back to the spring area: low ≤ support × 1.03 (<see cref="WyckoffParameters.TestZoneFraction"/>);</item>
/// <item>holds: its low stays above the spring low;</item>
/// <item>on low volume: vol_z &lt; 0 (below the 40-bar mean) and less volume than the spring's re-entry bar.</item>
/// </list>
/// Price level: the bar's low. Volume ratio: bar volume / 20-bar mean.
/// Confidence: 0.5 + 0.5 × clamp(−vol_z, 0, 1): the quieter the retest, the better.
/// </summary>
internal static class TestOfSpringRule
{
    public const string Code = "TEST";

    public static WyckoffEvent? Detect(BarSeries series, TradingRange range, int index, WyckoffParameters parameters)
    {
        var bar = series.Bars[index];
        if (range.SpringIndex is not { } spring || range.Tested || index <= spring ||
            index - spring > parameters.TestWindowBars || series.VolumeZ(index) is not { } volumeZ ||
            bar.Low > range.ClimaxLow * (1 + parameters.TestZoneFraction) || bar.Low <= range.SpringLow ||
            volumeZ >= 0 || bar.Volume >= range.SpringVolume)
        {
            return null;
        }

        range.Tested = true;
        return EventMaker.Make(
            Code, series, index, 0.5 + (0.5 * EventMaker.Unit(-volumeZ)), bar.Low, EventMaker.VolumeRatio(series, index, parameters),
            $"Test of the spring: low {Text.Number(bar.Low)} held above the spring low {Text.Number(range.SpringLow)} near " +
            $"support {Text.Number(range.ClimaxLow)}, vol_z {Text.Number(volumeZ)}",
            ("support", range.ClimaxLow), ("spring_low", range.SpringLow), ("vol_z", volumeZ), ("bars_since_spring", index - spring));
    }
}
