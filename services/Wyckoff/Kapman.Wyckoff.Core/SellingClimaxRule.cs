namespace Kapman.Wyckoff.Core;

/// <summary>
/// Selling Climax event, SC, after a decline (SMA20 now below SMA20 5 bars ago), on either of two paths:
/// <list type="number">
/// <item>Seed (000 §5.2: "Volume &gt;2x avg, wide range, close near low"): volume &gt; 2 × the mean of the
/// 20 prior sessions, true range ≥ 1.5 × ATR(14), close in the bottom 30 % of the range (position ≤ 0.30).
/// Confidence: <see cref="ClimaxMeasures.Confidence"/> with the close's distance below 0.30.</item>
/// <item>Benchmark (wyckoff_fast_bench): tr_z ≥ 2 and vol_z ≥ 2 (40-bar z-scores) and a low below the
/// lowest low of the 20 prior bars, wherever the close is. Confidence: <see cref="ClimaxMeasures.ZConfidence"/>.</item>
/// </list>
/// Why two: the seed's close near the low misses capitulations that reverse intraday, the most famous
/// climaxes (SPY 2008-10-10, close at 66 % of an 8 % range on 1.96 × volume, tr_z 2.6, vol_z 3.4;
/// 2015-08-24), while the 40-bar z-score is damped when volume has been high for days (SPY 2020-03-12:
/// vol_z 2.8 but 2.14 × the 20-day mean, caught by both). The new-low condition keeps quarterly-expiry
/// volume spikes out: they come without a wide range to a new low in a decline. The seed path is tried
/// first. Needs SMA20 on the bar 5 back (25 bars); the benchmark path needs 41 bars. Price level: the low.
/// Context (issue 21, <see cref="ClimaxContext"/>): on either path the low must end a decline, a new low of the
/// <see cref="WyckoffParameters.ClimaxContextBars"/> prior sessions at least
/// <see cref="WyckoffParameters.ClimaxMinDeclineAtr"/> ATR below their highest close (measurement decline_atr).
/// </summary>
internal static class SellingClimaxRule
{
    public const string Code = "SC";

    public static WyckoffEvent? Detect(BarSeries series, int index, WyckoffParameters parameters)
    {
        if (ClimaxMeasures.Of(series, index, parameters) is not { } m || m.SmaSlope >= 0)
        {
            return null;
        }

        if (ClimaxContext.DeclineAtr(series, index, parameters) is not { } decline || decline < parameters.ClimaxMinDeclineAtr)
        {
            return null;
        }

        var bar = series.Bars[index];
        var seed = m.VolumeRatio > parameters.ClimaxVolumeRatio && m.TrueRangeAtr >= parameters.ClimaxRangeAtrMultiple &&
                   m.ClosePosition <= parameters.ClimaxCloseFraction;
        var benchmark = m.IsZClimax(parameters) && bar.Low < series.LowestLowBefore(index, parameters.LookbackSessions);
        if (!seed && !benchmark)
        {
            return null;
        }

        return new WyckoffEvent(
            Code,
            bar.Date,
            index,
            seed ? m.Confidence(parameters.ClimaxCloseFraction - m.ClosePosition, parameters) : m.ZConfidence(parameters),
            bar.Low,
            m.VolumeRatio,
            $"Selling climax at {Text.Number(bar.Low)}{(seed ? "" : $" (tr_z {Text.Number(m.TrueRangeZ ?? 0)}, vol_z {Text.Number(m.VolumeZ ?? 0)}, a {parameters.LookbackSessions}-bar low)")}: {m.Describe(parameters)}",
            WithContext(m, "decline_atr", decline));
    }

    /// <summary>The event's measurements with the context move added.</summary>
    internal static IReadOnlyDictionary<string, double> WithContext(ClimaxMeasures m, string key, double value) =>
        new Dictionary<string, double>(m.ToDictionary()) { [key] = value };
}
