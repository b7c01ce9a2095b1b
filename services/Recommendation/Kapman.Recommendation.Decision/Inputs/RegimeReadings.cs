using Kapman.Indicators;
using Kapman.MarketData;

namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>
/// Builds a <see cref="RegimeSnapshot"/> from daily bars with the suite's indicators (docs/domain/decision-engine.md#e-regime, seed 003 Appendix D: EMA 20, SMA 50,
/// ADX 14, realised vol 20), plus the volatility readings the caller supplies.
/// </summary>
public static class RegimeReadings
{
    /// <summary>
    /// Indicators over <paramref name="bars"/> (ascending, the last one the latest completed session); a reading whose warm-up
    /// the bars do not cover is null.
    /// </summary>
    public static RegimeSnapshot FromBars(
        IReadOnlyList<Bar> bars, double? vix, double? vix3M, double? atmImpliedVol, double? ivRank)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var ema = new ExponentialMovingAverage(20);
        var sma = new SimpleMovingAverage(50);
        var adx = new AverageDirectionalIndex(14);
        foreach (var bar in bars)
        {
            ema.Update(bar);
            sma.Update(bar);
            adx.Update(bar);
        }

        var closes = bars.Select(b => b.Close).ToList();
        return new RegimeSnapshot(
            vix,
            vix3M,
            bars.Count > 0 ? bars[^1].Close : null,
            ema.IsReady ? ema.Current : null,
            sma.IsReady ? sma.Current : null,
            adx.IsReady ? adx.Current : null,
            HistoricalVolatility.Annualized(closes, 20),
            atmImpliedVol,
            ivRank);
    }

    /// <summary>
    /// IV rank, 0..100: 100 × (current − min) / (max − min) over <paramref name="history"/> (which includes the current
    /// value; the usual one-year look-back is the caller's choice). Null with fewer than two values or a flat history.
    /// </summary>
    public static double? IvRank(IReadOnlyList<double> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count < 2)
        {
            return null;
        }

        var min = history.Min();
        var max = history.Max();
        return max > min ? 100d * (history[^1] - min) / (max - min) : null;
    }
}
