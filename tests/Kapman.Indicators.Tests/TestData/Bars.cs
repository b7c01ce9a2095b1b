using Kapman.MarketData;

namespace Kapman.Indicators.Tests.TestData;

/// <summary>Builds small hand-made bar series on consecutive calendar days.</summary>
internal static class Bars
{
    public static readonly DateOnly Start = new(2024, 1, 1);

    /// <summary>Bars from (high, low, close) triples; open = close, volume = 1000.</summary>
    public static Bar[] FromHlc(params (double High, double Low, double Close)[] hlc) =>
        hlc.Select((x, i) => new Bar(Start.AddDays(i), x.Close, x.High, x.Low, x.Close, 1000)).ToArray();

    /// <summary>Bars with the given closes (open = high = low = close) and volume 1000.</summary>
    public static Bar[] FromCloses(params double[] closes) =>
        closes.Select((c, i) => new Bar(Start.AddDays(i), c, c, c, c, 1000)).ToArray();

    /// <summary>Bars with close 100 and the given volumes.</summary>
    public static Bar[] FromVolumes(params double[] volumes) =>
        volumes.Select((v, i) => new Bar(Start.AddDays(i), 100, 100, 100, 100, v)).ToArray();

    /// <summary>Feeds every bar and returns the indicator's value after each one.</summary>
    public static double[] Feed(BarIndicator indicator, IEnumerable<Bar> bars) =>
        bars.Select(bar =>
        {
            indicator.Update(bar);
            return indicator.Current;
        }).ToArray();
}
