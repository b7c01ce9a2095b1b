using Kapman.MarketData;

namespace Kapman.Wyckoff.Core.Tests.TestData;

/// <summary>Builds hand-made daily series on consecutive calendar days from 2024-01-01.</summary>
internal sealed class SeriesBuilder
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private readonly List<Bar> _bars = [];

    public int Count => _bars.Count;

    public double LastClose => _bars[^1].Close;

    /// <summary>Adds one bar (open = previous close, or the close for the first bar).</summary>
    public SeriesBuilder Add(double high, double low, double close, double volume = 1000)
    {
        var open = _bars.Count == 0 ? close : Math.Clamp(_bars[^1].Close, low, high);
        _bars.Add(new Bar(Start.AddDays(_bars.Count), open, high, low, close, volume));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> bars closing at 100 with high 101, low 99 and volume 1000.</summary>
    public SeriesBuilder Flat(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Add(101, 99, 100);
        }

        return this;
    }

    /// <summary>
    /// Adds <paramref name="count"/> bars whose close moves by <paramref name="step"/> per bar from
    /// <paramref name="firstClose"/>, with high = close + <paramref name="above"/> and low = close − <paramref name="below"/>.
    /// </summary>
    public SeriesBuilder Trend(int count, double firstClose, double step, double above = 0.5, double below = 0.5)
    {
        for (var i = 0; i < count; i++)
        {
            var close = firstClose + (i * step);
            Add(close + above, close - below, close);
        }

        return this;
    }

    public IReadOnlyList<Bar> Build() => _bars.ToArray();

    /// <summary>Builds and analyses with the default parameters.</summary>
    public WyckoffSnapshot Analyze() => WyckoffAnalyzer.Analyze("TEST", Build(), WyckoffParameters.Default);
}
