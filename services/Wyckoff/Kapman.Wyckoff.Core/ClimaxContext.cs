namespace Kapman.Wyckoff.Core;

/// <summary>
/// The move a climax ends (docs/domain/wyckoff-events-and-phases.md#climax-context). Seed 000 §5.2 places the SC in
/// phase A, "panic selling" after which accumulation begins, and the BC in phase D, "euphoric buying" at a top
/// (§11.5 glossary: "panic selling at market bottoms", "euphoric buying at market tops"): a climax is the end of a
/// sustained move, not any heavy, wide bar. Over the <see cref="WyckoffParameters.ClimaxContextBars"/> sessions
/// before bar i (fewer when the history is shorter), with ATR the ATR(14) on the bar where the move started (the
/// window's extreme close, its first occurrence; the ATR of bar i − 1 when that bar's is not warm): the volatility
/// before the move, which a crash or a blow-off inflates (with the ATR of the bar before, the SPY lows of
/// 2008-10-10 and 2020-03-23 measured only 6-7 ATR):
/// <list type="bullet">
/// <item>decline = (highest close of the window − low_i) / ATR, and the low must undercut the window's lowest low;</item>
/// <item>advance = (high_i − lowest close of the window) / ATR, and the high must reach the window's highest high.</item>
/// </list>
/// The threshold, 12 ATR for both, is the smallest even multiple that kept each event at or below 0.5 per
/// ticker-year on the 2023-2024 bars of the shared universe (the fit years; issue 21; SC 0.18, BC 0.47).
/// </summary>
internal static class ClimaxContext
{
    /// <summary>The decline in ATR that bar <paramref name="index"/>'s low ends; null unless the low is a new window low.</summary>
    public static double? DeclineAtr(BarSeries series, int index, WyckoffParameters parameters)
    {
        var count = Math.Min(parameters.ClimaxContextBars, index);
        var bar = series.Bars[index];
        if (count < 1 || bar.Low >= series.LowestLowBefore(index, count))
        {
            return null;
        }

        var start = Extreme(series, index, count, +1);
        return StartAtr(series, index, start) is { } atr ? (series.Bars[start].Close - bar.Low) / atr : null;
    }

    /// <summary>The advance in ATR that bar <paramref name="index"/>'s high ends; null unless the high reaches the window high.</summary>
    public static double? AdvanceAtr(BarSeries series, int index, WyckoffParameters parameters)
    {
        var count = Math.Min(parameters.ClimaxContextBars, index);
        var bar = series.Bars[index];
        if (count < 1 || bar.High < series.HighestHighBefore(index, count))
        {
            return null;
        }

        var start = Extreme(series, index, count, -1);
        return StartAtr(series, index, start) is { } atr ? (bar.High - series.Bars[start].Close) / atr : null;
    }

    /// <summary>Index of the first highest (sign +1) or lowest (sign −1) close of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    private static int Extreme(BarSeries series, int index, int count, int sign)
    {
        var best = index - count;
        for (var k = best + 1; k < index; k++)
        {
            if (sign * series.Bars[k].Close > sign * series.Bars[best].Close)
            {
                best = k;
            }
        }

        return best;
    }

    private static double? StartAtr(BarSeries series, int index, int start) =>
        (series.AtrAt(start) ?? series.AtrAt(index - 1)) is { } atr && atr > 0 ? atr : null;
}
