namespace Kapman.Wyckoff.Core;

/// <summary>
/// Automatic Rally, AR (docs/domain/wyckoff-events-and-phases.md#ar-automatic-rally, seed 000 §5.2: "Quick bounce after SC", detection "Rally on declining volume").
/// Reported on bar i, the first bar that stalls after the rally peak, so that nothing is known before it
/// happens:
/// <list type="bullet">
/// <item>the peak is bar i−1, within 20 bars of the SC (<see cref="WyckoffParameters.ArWindowBars"/>),
/// with the highest high since the climax low;</item>
/// <item>bar i stalls: its high stays below the peak high, it closes below the peak bar's close and its
/// low stays above the climax low;</item>
/// <item>the rally, peak high − climax low, is at least 2 × ATR(14) of the SC bar
/// (<see cref="WyckoffParameters.ArMinRallyAtr"/>): a quick bounce measured against the climax's own
/// volatility, so a 2 % rally counts for a quiet stock and not in a 2008 or 2020 panic;</item>
/// <item>declining volume: the mean volume of the rally bars (after the climax low through the peak) is
/// below the SC bar's volume.</item>
/// </list>
/// Price level: the peak high (the range's resistance). Volume ratio: rally mean volume / SC volume.
/// Confidence: 0.5 + 0.25 × clamp(rally_atr / 2 − 1) + 0.25 × clamp(1 − volume ratio), each clamp to 0..1.
/// </summary>
internal static class AutomaticRallyRule
{
    public const string Code = "AR";

    public static WyckoffEvent? Detect(BarSeries series, TradingRange range, int index, WyckoffParameters parameters)
    {
        var peak = index - 1;
        if (range.ArIndex is not null || peak <= range.ClimaxLowIndex || peak - range.ScIndex > parameters.ArWindowBars)
        {
            return null;
        }

        var bars = series.Bars;
        var peakHigh = bars[peak].High;
        double volume = 0;
        for (var k = range.ClimaxLowIndex + 1; k <= peak; k++)
        {
            if (bars[k].High > peakHigh)
            {
                return null;
            }

            volume += bars[k].Volume;
        }

        var rallyAtr = (peakHigh - range.ClimaxLow) / range.ScAtr;
        var volumeRatio = range.ScVolume > 0 ? volume / (peak - range.ClimaxLowIndex) / range.ScVolume : double.PositiveInfinity;
        if (bars[index].High >= peakHigh || bars[index].Low <= range.ClimaxLow || bars[index].Close >= bars[peak].Close ||
            rallyAtr < parameters.ArMinRallyAtr || volumeRatio >= 1)
        {
            return null;
        }

        var rally = (peakHigh / range.ClimaxLow) - 1;
        return EventMaker.Make(
            Code, series, index,
            0.5 + (0.25 * EventMaker.Unit((rallyAtr / parameters.ArMinRallyAtr) - 1)) + (0.25 * EventMaker.Unit(1 - volumeRatio)),
            peakHigh, volumeRatio,
            $"Automatic rally to {Text.Number(peakHigh)} on {Text.Date(bars[peak].Date)}, {Text.Percent(rally)} " +
            $"({Text.Times(rallyAtr)} ATR) above the climax low {Text.Number(range.ClimaxLow)}, on {Text.Times(volumeRatio)} " +
            "the SC volume",
            ("rally_pct", rally), ("rally_atr", rallyAtr), ("rally_vol_vs_sc", volumeRatio),
            ("bars_since_sc", index - range.ScIndex), ("peak_index", peak));
    }
}
