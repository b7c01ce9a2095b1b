using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

public sealed class AverageTrueRangeTests
{
    // Hand computation, period 3:
    // bar0 H10 L8 C9        no previous close: no TR
    // bar1 H11 L9 C10       TR = max(11,9) - min(9,9)      = 2
    // bar2 H12 L9.5 C11     TR = max(12,10) - min(9.5,10)  = 2.5
    // bar3 H11.5 L10 C10.5  TR = max(11.5,11) - min(10,11) = 1.5   ATR = (2 + 2.5 + 1.5) / 3 = 2
    // bar4 H14 L12 C13      TR = max(14,10.5) - min(12,10.5) = 3.5 ATR = (2 * 2 + 3.5) / 3 = 2.5
    // bar5 H9 L8 C8.5       TR = max(9,13) - min(8,13)     = 5     ATR = (2.5 * 2 + 5) / 3 = 10/3
    private static readonly Bar[] Series = Bars.FromHlc(
        (10, 8, 9), (11, 9, 10), (12, 9.5, 11), (11.5, 10, 10.5), (14, 12, 13), (9, 8, 8.5));

    [Test]
    public void True_range_uses_the_previous_close_for_gaps()
    {
        var values = Bars.Feed(new TrueRange(), Series);

        Assert.That(values, Is.EqualTo(new[] { 0, 2, 2.5, 1.5, 3.5, 5 }).Within(1e-12));
    }

    [Test]
    public void True_range_needs_a_previous_close()
    {
        var trueRange = new TrueRange();

        Assert.That(trueRange.Update(Series[0]), Is.False);
        Assert.That(trueRange.Update(Series[1]), Is.True);
        Assert.That(trueRange.WarmUpPeriod, Is.EqualTo(2));
    }

    [Test]
    public void Atr_seeds_with_the_mean_true_range_then_uses_wilder_smoothing()
    {
        var atr = new AverageTrueRange(3);
        var values = Bars.Feed(atr, Series);

        Assert.That(atr.WarmUpPeriod, Is.EqualTo(4));
        Assert.That(values, Is.EqualTo(new[] { 0, 0, 0, 2, 2.5, 10d / 3 }).Within(1e-12));
    }

    [Test]
    public void Atr14_is_ready_on_the_fifteenth_bar()
    {
        var atr = new AverageTrueRange();
        var bars = Bars.FromHlc(Enumerable.Range(0, 15).Select(i => (101d + i, 99d + i, 100d + i)).ToArray());

        var readiness = bars.Select(atr.Update).ToArray();

        Assert.That(readiness[13], Is.False);
        Assert.That(readiness[14], Is.True);
        // Each bar rises by 1 with range 2 around the close: TR = (101 + i) - min(99 + i, 99 + i) = 2.
        Assert.That(atr.Current, Is.EqualTo(2).Within(1e-12));
    }
}
