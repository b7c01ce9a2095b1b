using Kapman.Indicators;
using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// What a ticker's analysis needs that does not depend on where its history starts, computed once over the whole series and
/// shared by every window cut from it (issue 22 item 2: the history path analyses ~300 windows per ticker, each the daily
/// step's 200-day history of one session). Per bar: the true range (it needs only the bar before), the rolling z-scores of true
/// range and volume (a bar's z-score uses the <see cref="WyckoffParameters.ZScoreWindow"/> values before it), and, on first
/// use of a count, the mean volume, highest high and lowest low of the <c>count</c> bars before it. A window reads these when
/// every bar they cover lies inside it, so they are the numbers the window's own computation gives, bit for bit: the same
/// values, summed in the same order. What does depend on the start (OBV, SMA, ATR and RSI seeded on the window's first bars,
/// slow %K, the window's first true range) is computed per window by <see cref="BarSeries"/>. Pure; not thread-safe.
/// </summary>
internal sealed class TickerSeries
{
    private readonly Dictionary<int, double[]> _meanVolume = [];
    private readonly Dictionary<int, double[]> _highestHigh = [];
    private readonly Dictionary<int, double[]> _lowestLow = [];

    public TickerSeries(IReadOnlyList<Bar> bars, WyckoffParameters parameters)
    {
        Bars = bars;
        TrueRange = new double?[bars.Count];
        var volume = new double?[bars.Count];
        var trueRange = new TrueRange();
        for (var i = 0; i < bars.Count; i++)
        {
            TrueRange[i] = trueRange.Update(bars[i]) ? trueRange.Current : null;
            volume[i] = bars[i].Volume;
        }

        TrueRangeZ = RollingZScore.Of(TrueRange, parameters.ZScoreWindow);
        VolumeZ = RollingZScore.Of(volume, parameters.ZScoreWindow);
    }

    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>True range of each bar against the bar before it; null on the first.</summary>
    public double?[] TrueRange { get; }

    /// <summary>z-score of each bar's true range against the window before it (see <see cref="RollingZScore"/>).</summary>
    public double?[] TrueRangeZ { get; }

    /// <summary>z-score of each bar's volume against the window before it.</summary>
    public double?[] VolumeZ { get; }

    /// <summary>Mean volume of the <paramref name="count"/> bars before bar <paramref name="index"/> (count ≤ index ≤ the bar count: the last covers the last bar).</summary>
    public double MeanVolumeBefore(int index, int count) => Of(_meanVolume, count, MeanVolume)[index];

    /// <summary>Highest high of the <paramref name="count"/> bars before bar <paramref name="index"/> (count ≤ index ≤ the bar count).</summary>
    public double HighestHighBefore(int index, int count) => Of(_highestHigh, count, HighestHigh)[index];

    /// <summary>Lowest low of the <paramref name="count"/> bars before bar <paramref name="index"/> (count ≤ index ≤ the bar count).</summary>
    public double LowestLowBefore(int index, int count) => Of(_lowestLow, count, LowestLow)[index];

    private static double[] Of(Dictionary<int, double[]> cache, int count, Func<int, double[]> compute)
    {
        if (!cache.TryGetValue(count, out var values))
        {
            cache[count] = values = compute(count);
        }

        return values;
    }

    // The sum runs forward from the first bar of the window, as Enumerable.Average does, so the mean is the same double.
    private double[] MeanVolume(int count)
    {
        var values = new double[Bars.Count + 1];
        for (var i = count; i <= Bars.Count; i++)
        {
            var sum = 0d;
            for (var k = i - count; k < i; k++)
            {
                sum += Bars[k].Volume;
            }

            values[i] = sum / count;
        }

        return values;
    }

    private double[] HighestHigh(int count)
    {
        var values = new double[Bars.Count + 1];
        for (var i = count; i <= Bars.Count; i++)
        {
            var high = double.MinValue;
            for (var k = i - count; k < i; k++)
            {
                high = Math.Max(high, Bars[k].High);
            }

            values[i] = high;
        }

        return values;
    }

    private double[] LowestLow(int count)
    {
        var values = new double[Bars.Count + 1];
        for (var i = count; i <= Bars.Count; i++)
        {
            var low = double.MaxValue;
            for (var k = i - count; k < i; k++)
            {
                low = Math.Min(low, Bars[k].Low);
            }

            values[i] = low;
        }

        return values;
    }
}
