namespace Kapman.Wyckoff.Core;

/// <summary>
/// The session-bar numbers the SC and BC events test: volume / mean volume of the 20 prior sessions,
/// true range / ATR(14), close position in the high-low range, and the trend slope
/// SMA20(now) / SMA20(5 bars ago) − 1.
/// </summary>
internal sealed record ClimaxMeasures(double VolumeRatio, double TrueRangeAtr, double ClosePosition, double SmaSlope)
{
    /// <summary>Measures the session bar; null while ATR or either SMA is not warm, or without prior volume.</summary>
    public static ClimaxMeasures? Of(BarSeries series, WyckoffParameters parameters)
    {
        var meanVolume = series.MeanVolumeBefore(series.Last, parameters.LookbackSessions);
        var smaNow = series.TrendSma(series.Last);
        var smaThen = series.TrendSma(series.Last - parameters.TrendLookbackBars);
        if (series.Atr is not { } atr || atr <= 0 || series.TrueRange is not { } trueRange ||
            smaNow is not { } now || smaThen is not { } then || meanVolume <= 0)
        {
            return null;
        }

        return new ClimaxMeasures(
            series.Session.Volume / meanVolume, trueRange / atr, BarSeries.ClosePosition(series.Session), (now / then) - 1);
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

    /// <summary>The measurement dictionary of an event.</summary>
    public IReadOnlyDictionary<string, double> ToDictionary() => new Dictionary<string, double>
    {
        ["vol_ratio"] = VolumeRatio,
        ["tr_atr"] = TrueRangeAtr,
        ["close_pos"] = ClosePosition,
        ["sma20_slope"] = SmaSlope,
    };

    /// <summary>The shared part of an event description.</summary>
    public string Describe(WyckoffParameters parameters) =>
        $"volume {Text.Times(VolumeRatio)} the {parameters.LookbackSessions}-session average, true range " +
        $"{Text.Times(TrueRangeAtr)} ATR({parameters.AtrPeriod}), close at {Text.Percent(ClosePosition)} of the range, " +
        $"SMA{parameters.TrendSmaPeriod} {Text.Percent(SmaSlope)} over {parameters.TrendLookbackBars} bars";
}
