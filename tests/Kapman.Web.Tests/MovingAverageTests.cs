using Kapman.Web.Ticker;

namespace Kapman.Web.Tests;

/// <summary>SMA by hand: mean of the last n closes.</summary>
[TestFixture]
public sealed class MovingAverageTests
{
    [Test]
    public void Sma3_OfOneToSix_IsTheMiddleValueOfEachWindow() =>
        Assert.That(MovingAverage.Simple([1, 2, 3, 4, 5, 6], 3), Is.EqualTo(new double?[] { null, null, 2, 3, 4, 5 }));

    // (10 + 11 + 15 + 20) / 4 = 14; (11 + 15 + 20 + 2) / 4 = 12.
    [Test]
    public void Sma4_OfUnevenValues_MatchesHandArithmetic() =>
        Assert.That(MovingAverage.Simple([10, 11, 15, 20, 2], 4), Is.EqualTo(new double?[] { null, null, null, 14, 12 }));

    [Test]
    public void WindowLongerThanSeries_IsAllNull() =>
        Assert.That(MovingAverage.Simple([1, 2], 200), Is.EqualTo(new double?[] { null, null }));

    [Test]
    public void WindowOfOne_IsTheSeries() =>
        Assert.That(MovingAverage.Simple([3.5, 4.25], 1), Is.EqualTo(new double?[] { 3.5, 4.25 }));

    [Test]
    public void WindowBelowOne_Throws() =>
        Assert.That(() => MovingAverage.Simple([1], 0), Throws.TypeOf<ArgumentOutOfRangeException>());
}
