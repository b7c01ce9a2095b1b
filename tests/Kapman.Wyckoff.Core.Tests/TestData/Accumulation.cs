using Kapman.MarketData;

namespace Kapman.Wyckoff.Core.Tests.TestData;

/// <summary>
/// A hand-built accumulation: 50 declining bars (closes 140 → 115.5 by −0.5, high = close + 0.5,
/// low = close − 0.5, so every true range is 1 and ATR(14) is 1; volume alternating 900 / 1100), the SC
/// on bar 50 (high 116, low 112.5, close 112.7, volume 2,500: 2.5 × the 20-bar mean of 1,000, true range
/// 3.5 = 2.97 × ATR 16.5 / 14, close at 5.7 % of the range), a 3-bar rally on 1,000 to the peak high 117 on
/// bar 53, and bar 54 stalling (high 116.5, close 116 below the peak close 116.8). The range is then
/// support 112.5 (climax low) and resistance 117 (AR high).
/// </summary>
internal sealed class Accumulation
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private readonly List<Bar> _bars = [];

    public Accumulation(double rallyVolume = 1000)
    {
        for (var i = 0; i < 50; i++)
        {
            var close = 140 - (0.5 * i);
            Add(close + 0.5, close - 0.5, close, i % 2 == 0 ? 900 : 1100);
        }

        Add(116, 112.5, 112.7, 2500);
        Add(114, 112.8, 113.8, rallyVolume);
        Add(115.5, 113.5, 115.2, rallyVolume);
        Add(117, 115, 116.8, rallyVolume);
        Add(116.5, 115.5, 116, 1000);
    }

    public int Count => _bars.Count;

    /// <summary>Volumes of all bars so far, for the hand z-score.</summary>
    public IReadOnlyList<double> Volumes => _bars.Select(b => b.Volume).ToArray();

    /// <summary>Adds a bar; open = previous close clamped into the range.</summary>
    public Accumulation Add(double high, double low, double close, double volume)
    {
        var open = _bars.Count == 0 ? close : Math.Clamp(_bars[^1].Close, low, high);
        _bars.Add(new Bar(Start.AddDays(_bars.Count), open, high, low, close, volume));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> quiet range bars (high 116.5, low 115.5, close 116, volume 900 / 1100).</summary>
    public Accumulation Range(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Add(116.5, 115.5, 116, i % 2 == 0 ? 900 : 1100);
        }

        return this;
    }

    public IReadOnlyList<Bar> Bars => _bars.ToArray();

    public IReadOnlyList<WyckoffEvent> Timeline() => WyckoffAnalyzer.Timeline(_bars.ToArray(), WyckoffParameters.Default);

    /// <summary>
    /// The textbook z-score of <paramref name="values"/>[i] against the 40 values before it, with the
    /// population standard deviation.
    /// </summary>
    public static double ZScore(IReadOnlyList<double> values, int i)
    {
        var window = values.Skip(i - 40).Take(40).ToArray();
        var mean = window.Average();
        var sd = Math.Sqrt(window.Sum(v => (v - mean) * (v - mean)) / 40);
        return (values[i] - mean) / sd;
    }
}
