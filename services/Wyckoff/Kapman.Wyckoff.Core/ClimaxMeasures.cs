namespace Kapman.Wyckoff.Core;

/// <summary>
/// The numbers of one bar that the SC and BC events test: volume / mean volume of the 20 prior sessions,
/// true range / ATR(14), close position in the high-low range, and the trend slope
/// SMA20(now) / SMA20(5 bars ago) − 1.
/// </summary>
internal readonly record struct ClimaxMeasures(
    double VolumeRatio, double TrueRangeAtr, double ClosePosition, double SmaSlope, double? TrueRangeZ, double? VolumeZ)
{
    /// <summary>
    /// Measures bar <paramref name="index"/>; null while ATR or either SMA is not warm, with fewer than
    /// <see cref="WyckoffParameters.LookbackSessions"/> prior bars, or without prior volume.
    /// </summary>
    public static ClimaxMeasures? Of(BarSeries series, int index, WyckoffParameters parameters)
    {
        if (index < parameters.LookbackSessions)
        {
            return null;
        }

        var meanVolume = series.MeanVolumeBefore(index, parameters.LookbackSessions);
        var smaNow = series.TrendSma(index);
        var smaThen = series.TrendSma(index - parameters.TrendLookbackBars);
        if (series.AtrAt(index) is not { } atr || atr <= 0 || series.TrueRangeAt(index) is not { } trueRange ||
            smaNow is not { } now || smaThen is not { } then || meanVolume <= 0)
        {
            return null;
        }

        var bar = series.Bars[index];
        return new ClimaxMeasures(
            bar.Volume / meanVolume, trueRange / atr, BarSeries.ClosePosition(bar), (now / then) - 1,
            series.TrueRangeZ(index), series.VolumeZ(index));
    }

    /// <summary>
    /// Confidence in 0.5..1 for a detected climax: 0.5 + 0.5 × the mean of three excesses, each clamped to
    /// 0..1: (volume ratio / threshold − 1), (TR/ATR / threshold − 1), and the close's distance past its
    /// threshold divided by the close fraction (<paramref name="closeExcess"/> / 0.30). A bar that just meets
    /// every threshold scores 0.5; volume at 2 × the threshold, range at 2 × the threshold and a close on
    /// the extreme of the bar score 1.
    /// </summary>
    public double Confidence(double closeExcess, WyckoffParameters parameters)
    {
        var volume = Math.Clamp((VolumeRatio / parameters.ClimaxVolumeRatio) - 1, 0, 1);
        var range = Math.Clamp((TrueRangeAtr / parameters.ClimaxRangeAtrMultiple) - 1, 0, 1);
        var close = Math.Clamp(closeExcess / parameters.ClimaxCloseFraction, 0, 1);
        return 0.5 + (0.5 * (volume + range + close) / 3);
    }

    /// <summary>
    /// The benchmark's climax test (wyckoff_fast_bench): tr_z ≥ <see cref="WyckoffParameters.ClimaxTrueRangeZ"/>
    /// and vol_z ≥ <see cref="WyckoffParameters.ClimaxVolumeZ"/>; false while the z-scores are not warm.
    /// </summary>
    public bool IsZClimax(WyckoffParameters parameters) =>
        TrueRangeZ >= parameters.ClimaxTrueRangeZ && VolumeZ >= parameters.ClimaxVolumeZ;

    /// <summary>Confidence of a z-score climax: 0.5 + 0.25 × clamp(tr_z / 2 − 1) + 0.25 × clamp(vol_z / 2 − 1), each 0..1.</summary>
    public double ZConfidence(WyckoffParameters parameters) =>
        0.5 + (0.25 * Math.Clamp(((TrueRangeZ ?? 0) / parameters.ClimaxTrueRangeZ) - 1, 0, 1)) +
        (0.25 * Math.Clamp(((VolumeZ ?? 0) / parameters.ClimaxVolumeZ) - 1, 0, 1));

    /// <summary>The measurement dictionary of an event: vol_ratio, tr_atr, close_pos, sma20_slope, and tr_z, vol_z when warm.</summary>
    public IReadOnlyDictionary<string, double> ToDictionary()
    {
        var measurements = new Dictionary<string, double>
        {
            ["vol_ratio"] = VolumeRatio,
            ["tr_atr"] = TrueRangeAtr,
            ["close_pos"] = ClosePosition,
            ["sma20_slope"] = SmaSlope,
        };
        if (TrueRangeZ is { } trueRangeZ && VolumeZ is { } volumeZ)
        {
            measurements["tr_z"] = trueRangeZ;
            measurements["vol_z"] = volumeZ;
        }

        return measurements;
    }

    /// <summary>The shared part of an event description.</summary>
    public string Describe(WyckoffParameters parameters) =>
        $"volume {Text.Times(VolumeRatio)} the {parameters.LookbackSessions}-session average, true range " +
        $"{Text.Times(TrueRangeAtr)} ATR({parameters.AtrPeriod}), close at {Text.Percent(ClosePosition)} of the range, " +
        $"SMA{parameters.TrendSmaPeriod} {Text.Percent(SmaSlope)} over {parameters.TrendLookbackBars} bars";
}
