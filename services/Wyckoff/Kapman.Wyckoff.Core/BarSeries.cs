using Kapman.Indicators;
using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// The analysed history with the Kapman.Indicators indicators the rules need: OBV, the trend SMA, ATR, true range and the
/// rolling z-scores of true range and volume on every bar; RSI and slow %K on the session bar (null while not warm). Either a
/// history of its own, or a window of a longer <see cref="TickerSeries"/> (the history path): then what does not depend on the
/// window's start comes from the ticker's series and the rest is computed on the window, so both give the same numbers.
/// Indexes are the window's (0 = its first bar).
/// </summary>
internal sealed class BarSeries
{
    private readonly TickerSeries _ticker;
    private readonly int _start;
    private readonly WyckoffParameters _parameters;
    private readonly double[] _obv;
    private readonly double?[] _trendSma;
    private readonly double?[] _atr;

    public BarSeries(IReadOnlyList<Bar> bars, WyckoffParameters parameters)
        : this(new TickerSeries(bars, parameters), 0, bars.Count, parameters)
    {
    }

    /// <summary>The window of <paramref name="count"/> bars of <paramref name="ticker"/> from <paramref name="start"/>.</summary>
    public BarSeries(TickerSeries ticker, int start, int count, WyckoffParameters parameters)
    {
        _ticker = ticker;
        _start = start;
        _parameters = parameters;
        var bars = start == 0 && count == ticker.Bars.Count ? ticker.Bars : Slice(ticker.Bars, start, count);
        Bars = bars;
        _obv = new double[count];
        _trendSma = new double?[count];
        _atr = new double?[count];
        var obv = new OnBalanceVolume();
        var sma = new SimpleMovingAverage(parameters.TrendSmaPeriod);
        var rsi = new RelativeStrengthIndex(parameters.RsiPeriod);
        var stochastic = new Stochastic(
            parameters.StochasticFastKPeriod, parameters.StochasticSlowKPeriod, parameters.StochasticSlowDPeriod);
        var atr = new AverageTrueRange(parameters.AtrPeriod);
        for (var i = 0; i < count; i++)
        {
            var bar = bars[i];
            obv.Update(bar);
            _obv[i] = obv.Current;
            _trendSma[i] = sma.Update(bar) ? sma.Current : null;
            rsi.Update(bar);
            stochastic.Update(bar);
            _atr[i] = atr.Update(bar) ? atr.Current : null;
        }

        Rsi = rsi.IsReady ? rsi.Current : null;
        SlowK = stochastic.IsReady ? stochastic.SlowK : null;
    }

    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>Index of the session (last) bar.</summary>
    public int Last => Bars.Count - 1;

    public Bar Session => Bars[Last];

    /// <summary>OBV after bar <paramref name="index"/>, shares.</summary>
    public double ObvAt(int index) => _obv[index];

    public double? Rsi { get; }

    public double? SlowK { get; }

    /// <summary>ATR at bar <paramref name="index"/>, price; null while warming up.</summary>
    public double? AtrAt(int index) => _atr[index];

    /// <summary>True range of bar <paramref name="index"/>, price; null on the first bar.</summary>
    public double? TrueRangeAt(int index) => index == 0 ? null : _ticker.TrueRange[_start + index];

    /// <summary>z-score of bar <paramref name="index"/>'s true range against the prior window (tr_z).</summary>
    public double? TrueRangeZ(int index) => index > _parameters.ZScoreWindow ? _ticker.TrueRangeZ[_start + index] : null;

    /// <summary>z-score of bar <paramref name="index"/>'s volume against the prior window (vol_z).</summary>
    public double? VolumeZ(int index) => index >= _parameters.ZScoreWindow ? _ticker.VolumeZ[_start + index] : null;

    /// <summary>Trend SMA at bar <paramref name="index"/>; null while warming up or before the start.</summary>
    public double? TrendSma(int index) => index >= 0 ? _trendSma[index] : null;

    /// <summary>Close-to-close gain of bar <paramref name="index"/> as a fraction: (C_i − C_i−1) / C_i−1.</summary>
    public double Gain(int index) => (Bars[index].Close - Bars[index - 1].Close) / Bars[index - 1].Close;

    /// <summary>Mean volume of the <paramref name="count"/> bars before <paramref name="index"/> (summed forward from the first).</summary>
    public double MeanVolumeBefore(int index, int count)
    {
        if (Shared(count))
        {
            return _ticker.MeanVolumeBefore(_start + index, count);
        }

        var sum = 0d;
        for (var i = First(index, count); i < index; i++)
        {
            sum += Bars[i].Volume;
        }

        return sum / count;
    }

    /// <summary>Highest high of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double HighestHighBefore(int index, int count)
    {
        if (Shared(count))
        {
            return _ticker.HighestHighBefore(_start + index, count);
        }

        var high = double.MinValue;
        for (var i = First(index, count); i < index; i++)
        {
            high = Math.Max(high, Bars[i].High);
        }

        return high;
    }

    /// <summary>Highest close of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double HighestCloseBefore(int index, int count)
    {
        var close = double.MinValue;
        for (var i = First(index, count); i < index; i++)
        {
            close = Math.Max(close, Bars[i].Close);
        }

        return close;
    }

    /// <summary>Lowest low of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double LowestLowBefore(int index, int count)
    {
        if (Shared(count))
        {
            return _ticker.LowestLowBefore(_start + index, count);
        }

        var low = double.MaxValue;
        for (var i = First(index, count); i < index; i++)
        {
            low = Math.Min(low, Bars[i].Low);
        }

        return low;
    }

    /// <summary>Highest OBV of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double HighestObvBefore(int index, int count)
    {
        var obv = double.MinValue;
        for (var i = First(index, count); i < index; i++)
        {
            obv = Math.Max(obv, _obv[i]);
        }

        return obv;
    }

    /// <summary>
    /// Where the close sits in the bar's high-low range: 0 at the low, 1 at the high, 0.5 when the range is 0.
    /// </summary>
    public static double ClosePosition(Bar bar) =>
        bar.High > bar.Low ? (bar.Close - bar.Low) / (bar.High - bar.Low) : 0.5;

    /// <summary>
    /// The counts the event detector asks for on every bar (the 20-session lookback, the climax context) are read from the
    /// ticker's series; other counts (the session bar's checklist, the context's shorter counts near the start) are summed here.
    /// </summary>
    private bool Shared(int count) => count == _parameters.LookbackSessions || count == _parameters.ClimaxContextBars;

    private static ArraySegment<Bar> Slice(IReadOnlyList<Bar> bars, int start, int count) =>
        bars is Bar[] array ? new ArraySegment<Bar>(array, start, count) : new ArraySegment<Bar>([.. bars.Skip(start).Take(count)]);

    /// <summary>The first bar of the <paramref name="count"/> before <paramref name="index"/>; an empty window has no extreme or mean.</summary>
    private static int First(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return index - count;
    }
}
