using Kapman.Indicators;
using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// The analysed history with the Kapman.Indicators indicators the rules need, computed once: OBV, the trend SMA,
/// ATR, true range and the rolling z-scores of true range and volume on every bar; RSI and slow %K on the
/// session bar (null while not warm).
/// </summary>
internal sealed class BarSeries
{
    private readonly double[] _obv;
    private readonly double?[] _trendSma;
    private readonly double?[] _atr;
    private readonly double?[] _trueRange;
    private readonly double?[] _trueRangeZ;
    private readonly double?[] _volumeZ;

    public BarSeries(IReadOnlyList<Bar> bars, WyckoffParameters parameters)
    {
        Bars = bars;
        _obv = new double[bars.Count];
        _trendSma = new double?[bars.Count];
        _atr = new double?[bars.Count];
        _trueRange = new double?[bars.Count];
        var volume = new double?[bars.Count];
        var obv = new OnBalanceVolume();
        var sma = new SimpleMovingAverage(parameters.TrendSmaPeriod);
        var rsi = new RelativeStrengthIndex(parameters.RsiPeriod);
        var stochastic = new Stochastic(
            parameters.StochasticFastKPeriod, parameters.StochasticSlowKPeriod, parameters.StochasticSlowDPeriod);
        var atr = new AverageTrueRange(parameters.AtrPeriod);
        var trueRange = new TrueRange();
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            obv.Update(bar);
            _obv[i] = obv.Current;
            _trendSma[i] = sma.Update(bar) ? sma.Current : null;
            rsi.Update(bar);
            stochastic.Update(bar);
            _atr[i] = atr.Update(bar) ? atr.Current : null;
            _trueRange[i] = trueRange.Update(bar) ? trueRange.Current : null;
            volume[i] = bar.Volume;
        }

        _trueRangeZ = RollingZScore.Of(_trueRange, parameters.ZScoreWindow);
        _volumeZ = RollingZScore.Of(volume, parameters.ZScoreWindow);
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
    public double? TrueRangeAt(int index) => _trueRange[index];

    /// <summary>z-score of bar <paramref name="index"/>'s true range against the prior window (tr_z).</summary>
    public double? TrueRangeZ(int index) => _trueRangeZ[index];

    /// <summary>z-score of bar <paramref name="index"/>'s volume against the prior window (vol_z).</summary>
    public double? VolumeZ(int index) => _volumeZ[index];

    /// <summary>Trend SMA at bar <paramref name="index"/>; null while warming up or before the start.</summary>
    public double? TrendSma(int index) => index >= 0 ? _trendSma[index] : null;

    /// <summary>Close-to-close gain of bar <paramref name="index"/> as a fraction: (C_i − C_i−1) / C_i−1.</summary>
    public double Gain(int index) => (Bars[index].Close - Bars[index - 1].Close) / Bars[index - 1].Close;

    /// <summary>Mean volume of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double MeanVolumeBefore(int index, int count) => Window(index, count).Average(b => b.Volume);

    /// <summary>Highest high of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double HighestHighBefore(int index, int count) => Window(index, count).Max(b => b.High);

    /// <summary>Highest close of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double HighestCloseBefore(int index, int count) => Window(index, count).Max(b => b.Close);

    /// <summary>Lowest low of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double LowestLowBefore(int index, int count) => Window(index, count).Min(b => b.Low);

    /// <summary>Highest OBV of the <paramref name="count"/> bars before <paramref name="index"/>.</summary>
    public double HighestObvBefore(int index, int count) => _obv.Skip(index - count).Take(count).Max();

    /// <summary>
    /// Where the close sits in the bar's high-low range: 0 at the low, 1 at the high, 0.5 when the range is 0.
    /// </summary>
    public static double ClosePosition(Bar bar) =>
        bar.High > bar.Low ? (bar.Close - bar.Low) / (bar.High - bar.Low) : 0.5;

    private IEnumerable<Bar> Window(int index, int count)
    {
        for (var i = index - count; i < index; i++)
        {
            yield return Bars[i];
        }
    }
}
