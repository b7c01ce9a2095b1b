namespace Kapman.Indicators.Tests;

/// <summary>
/// MACD seeded as TA-Lib's <c>TA_MACD</c> (ta_MACD.c): both EMAs start at bar <c>slow</c>, each from the SMA of its
/// own last <c>period</c> closes there, and the signal from the SMA of the first <c>signal</c> line values.
/// Hand computation for MACD(2,3,2) over closes 10, 11, 13, 12, 15, 14 (k fast = 2/3, k slow = 1/2, k signal = 2/3):
/// bar 3: slow = (10 + 11 + 13)/3 = 34/3, fast = (11 + 13)/2 = 12, line = 2/3;
/// bar 4: fast = 12, slow = 35/3, line = 1/3, signal = (2/3 + 1/3)/2 = 1/2, histogram = −1/6;
/// bar 5: fast = 14, slow = 40/3, line = 2/3, signal = 1/2 + (2/3)(1/6) = 11/18, histogram = 1/18;
/// bar 6: fast = 14, slow = 41/3, line = 1/3, signal = 11/18 + (2/3)(1/3 − 11/18) = 23/54, histogram = −5/54.
/// (A fast EMA seeded from the first bar, LEAN's way, would be 10.5 on bar 2 and 10.5 + (2/3)(2.5) = 73/6 on bar 3, a line of 5/6.)
/// </summary>
public sealed class MacdTaLibSeedTests
{
    [Test]
    public void Fast_ema_starts_aligned_with_the_slow_period_and_the_signal_seeds_from_the_first_line_values()
    {
        var macd = new Macd(2, 3, 2);
        var lines = new List<double>();
        var signals = new List<double>();
        var histograms = new List<double>();
        foreach (var bar in TestData.Bars.FromCloses(10, 11, 13, 12, 15, 14))
        {
            macd.Update(bar);
            lines.Add(macd.LineIsReady ? macd.Line : double.NaN);
            signals.Add(macd.IsReady ? macd.Signal : double.NaN);
            histograms.Add(macd.IsReady ? macd.Histogram : double.NaN);
        }

        Assert.Multiple(() =>
        {
            Assert.That(lines[..2], Has.All.NaN);
            Assert.That(lines[2..], Is.EqualTo(new[] { 2d / 3, 1d / 3, 2d / 3, 1d / 3 }).Within(1e-12));
            Assert.That(signals[..3], Has.All.NaN);
            Assert.That(signals[3..], Is.EqualTo(new[] { 1d / 2, 11d / 18, 23d / 54 }).Within(1e-12));
            Assert.That(histograms[3..], Is.EqualTo(new[] { -1d / 6, 1d / 18, -5d / 54 }).Within(1e-12));
            Assert.That(macd.WarmUpPeriod, Is.EqualTo(4));
        });
    }
}
