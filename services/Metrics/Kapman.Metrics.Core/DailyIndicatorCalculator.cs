namespace Kapman.Metrics.Core;

/// <summary>Computes the daily indicator snapshot of one ticker from its bar history.</summary>
public static class DailyIndicatorCalculator
{
    /// <summary>Version stamped on every snapshot; bump it when a definition changes.</summary>
    public const string ModelVersion = "metrics-1.0.0";

    /// <summary>
    /// Feeds <paramref name="history"/> through SMA(20/50/200), EMA(12/26), RSI(14), ATR(14), RVOL(20) and
    /// HV(20) and returns their values on the last bar. Values whose indicator is not yet warm are null
    /// (e.g. SMA200 needs 200 bars, RVOL20 and HV20 need 21).
    /// </summary>
    /// <param name="ticker">Ticker symbol, not blank.</param>
    /// <param name="history">Bars in strictly ascending date order; the last bar is the session.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The ticker is blank, the history is empty or its dates are not
    /// strictly ascending.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A close is not positive (HV20 takes logarithms).</exception>
    public static IndicatorSnapshot Compute(string ticker, IReadOnlyList<Bar> history)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            throw new ArgumentException("The history is empty.", nameof(history));
        }

        for (var i = 1; i < history.Count; i++)
        {
            if (history[i].Date <= history[i - 1].Date)
            {
                throw new ArgumentException(
                    $"The history must be strictly ascending by date: bar {i} ({history[i].Date:yyyy-MM-dd}) " +
                    $"does not follow {history[i - 1].Date:yyyy-MM-dd}.",
                    nameof(history));
            }
        }

        var sma20 = new SimpleMovingAverage(20);
        var sma50 = new SimpleMovingAverage(50);
        var sma200 = new SimpleMovingAverage(200);
        var ema12 = new ExponentialMovingAverage(12);
        var ema26 = new ExponentialMovingAverage(26);
        var rsi14 = new RelativeStrengthIndex(14);
        var atr14 = new AverageTrueRange(14);
        var rvol20 = new RelativeVolume(20);
        var hv20 = new HistoricalVolatility(20);
        BarIndicator[] all = [sma20, sma50, sma200, ema12, ema26, rsi14, atr14, rvol20, hv20];
        foreach (var bar in history)
        {
            foreach (var indicator in all)
            {
                indicator.Update(bar);
            }
        }

        return new IndicatorSnapshot(
            ticker,
            history[^1].Date,
            ValueOf(sma20),
            ValueOf(sma50),
            ValueOf(sma200),
            ValueOf(ema12),
            ValueOf(ema26),
            ValueOf(rsi14),
            ValueOf(atr14),
            ValueOf(rvol20),
            ValueOf(hv20),
            ModelVersion);
    }

    private static double? ValueOf(IIndicator indicator) => indicator.IsReady ? indicator.Current : null;
}
