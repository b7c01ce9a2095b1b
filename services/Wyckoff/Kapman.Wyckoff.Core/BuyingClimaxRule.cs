namespace Kapman.Wyckoff.Core;

/// <summary>
/// Buying Climax event, BC (docs/domain/wyckoff-events-and-phases.md#bc-buying-climax, seed 000 §5.2: "Volume &gt;2x avg, wide range at highs"), the mirror of
/// <see cref="SellingClimaxRule"/>: after an advance (SMA20 now above SMA20 5 bars ago), with a high at or
/// above the highest high of the 20 prior sessions, on either path:
/// <list type="number">
/// <item>Seed: volume &gt; 2 × the 20-session mean, true range ≥ 1.5 × ATR(14), close in the top 30 % of the
/// range (position ≥ 0.70: euphoric buying into the close). Confidence: <see cref="ClimaxMeasures.Confidence"/>
/// with the close's distance above 0.70.</item>
/// <item>Benchmark: tr_z ≥ 2 and vol_z ≥ 2, wherever the close is (a blow-off that reverses intraday is a
/// climax too; the benchmark measured BC's 20-session median forward return at −1.21 %).
/// Confidence: <see cref="ClimaxMeasures.ZConfidence"/>.</item>
/// </list>
/// Price level: the bar's high. Context (issue 21, <see cref="ClimaxContext"/>): the high must also end an
/// advance, reaching the highest high of the <see cref="WyckoffParameters.ClimaxContextBars"/> prior sessions at least
/// <see cref="WyckoffParameters.ClimaxMinAdvanceAtr"/> ATR above their lowest close (measurement advance_atr).
/// </summary>
internal static class BuyingClimaxRule
{
    public const string Code = "BC";

    public static WyckoffEvent? Detect(BarSeries series, int index, WyckoffParameters parameters)
    {
        var bar = series.Bars[index];
        var top = 1 - parameters.ClimaxCloseFraction;
        if (ClimaxMeasures.Of(series, index, parameters) is not { } m || m.SmaSlope <= 0 ||
            bar.High < series.HighestHighBefore(index, parameters.LookbackSessions))
        {
            return null;
        }

        if (ClimaxContext.AdvanceAtr(series, index, parameters) is not { } advance || advance < parameters.ClimaxMinAdvanceAtr)
        {
            return null;
        }

        var seed = m.VolumeRatio > parameters.ClimaxVolumeRatio && m.TrueRangeAtr >= parameters.ClimaxRangeAtrMultiple &&
                   m.ClosePosition >= top;
        if (!seed && !m.IsZClimax(parameters))
        {
            return null;
        }

        return new WyckoffEvent(
            Code,
            bar.Date,
            index,
            seed ? m.Confidence(m.ClosePosition - top, parameters) : m.ZConfidence(parameters),
            bar.High,
            m.VolumeRatio,
            $"Buying climax at {Text.Number(bar.High)}, a {parameters.LookbackSessions}-session high{(seed ? "" : $" (tr_z {Text.Number(m.TrueRangeZ ?? 0)}, vol_z {Text.Number(m.VolumeZ ?? 0)})")}: {m.Describe(parameters)}",
            SellingClimaxRule.WithContext(m, "advance_atr", advance));
    }
}
