using Kapman.Indicators.Tests.TestData;

namespace Kapman.Indicators.Tests;

/// <summary>
/// <see cref="HistoricalVolatility.Annualized"/>, the batch form Options uses for <c>hv_20</c>: the same value as the
/// streaming indicator, from the last period + 1 closes only.
/// </summary>
public sealed class HistoricalVolatilityBatchTests
{
    // Log returns 0.01, 0.02, -0.01: mean 0.02/3, sample variance 7e-4 / 3; annualised variance 252 * 7e-4 / 3 = 0.0588.
    private static readonly double[] ThreeReturns = [100, 100 * Math.Exp(0.01), 100 * Math.Exp(0.03), 100 * Math.Exp(0.02)];

    [Test]
    public void Annualises_the_sample_deviation_of_the_last_period_log_returns()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HistoricalVolatility.Annualized(ThreeReturns, 3), Is.EqualTo(Math.Sqrt(0.0588)).Within(1e-12));
            Assert.That(HistoricalVolatility.Annualized([-5, 7, 1000, .. ThreeReturns], 3), Is.EqualTo(Math.Sqrt(0.0588)).Within(1e-12), "earlier closes, even non-positive ones, are not used");
        });
    }

    [Test]
    public void Is_null_without_enough_closes_or_with_a_non_positive_close_among_those_used()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HistoricalVolatility.Annualized(ThreeReturns[1..], 3), Is.Null, "3 closes give 2 returns");
            Assert.That(HistoricalVolatility.Annualized([0, .. ThreeReturns[1..]], 3), Is.Null, "the first close used is 0");
            Assert.That(HistoricalVolatility.Annualized([.. ThreeReturns[..^1], -1], 3), Is.Null, "the last close is negative");
        });
    }

    [Test]
    public void Rejects_a_period_below_two_and_null_closes()
    {
        Assert.That(() => HistoricalVolatility.Annualized(ThreeReturns, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => HistoricalVolatility.Annualized(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Equals_the_streaming_indicator_after_the_same_closes()
    {
        var closes = Enumerable.Range(0, 60).Select(i => 100 + (10 * Math.Sin(i * 0.7)) + (i * 0.3)).ToArray();
        var streamed = Bars.Feed(new HistoricalVolatility(20), Bars.FromCloses(closes));

        for (var n = 21; n <= closes.Length; n++)
        {
            Assert.That(HistoricalVolatility.Annualized(closes[..n], 20), Is.EqualTo(streamed[n - 1]).Within(1e-12), $"after {n} closes");
        }
    }
}
