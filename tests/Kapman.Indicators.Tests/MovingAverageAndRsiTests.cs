using Kapman.Indicators.Tests.TestData;

namespace Kapman.Indicators.Tests;

public sealed class MovingAverageAndRsiTests
{
    [Test]
    public void Sma_is_the_mean_of_the_last_period_closes()
    {
        var values = Bars.Feed(new SimpleMovingAverage(3), Bars.FromCloses(1, 2, 3, 4, 10));

        Assert.That(values, Is.EqualTo(new[] { 0, 0, 2, 3, 17d / 3 }).Within(1e-12));
    }

    [Test]
    public void Ema_is_seeded_with_the_sma_then_smoothed_with_two_over_n_plus_one()
    {
        // k = 2 / (3 + 1) = 0.5; seed = mean(1, 2, 3) = 2; then 2 + 0.5 * (4 - 2) = 3; 3 + 0.5 * (10 - 3) = 6.5.
        var values = Bars.Feed(new ExponentialMovingAverage(3), Bars.FromCloses(1, 2, 3, 4, 10));

        Assert.That(values, Is.EqualTo(new[] { 0, 0, 2, 3, 6.5 }).Within(1e-12));
    }

    [Test]
    public void Rsi_seeds_with_plain_means_then_uses_wilder_smoothing()
    {
        // Period 2. Changes: +2, -1 → avgGain 1, avgLoss 0.5 → RSI 66.67 on bar 2.
        // Change +3: avgGain (1 + 3) / 2 = 2, avgLoss (0.5 + 0) / 2 = 0.25 → RSI 100 * 2 / 2.25 = 88.89.
        var rsi = new RelativeStrengthIndex(2);
        var values = Bars.Feed(rsi, Bars.FromCloses(10, 12, 11, 14));

        Assert.That(rsi.WarmUpPeriod, Is.EqualTo(3));
        Assert.That(values, Is.EqualTo(new[] { 0, 0, 200d / 3, 800d / 9 }).Within(1e-12));
    }

    [Test]
    public void Rsi_is_100_without_losses_and_0_without_any_movement()
    {
        var rising = new RelativeStrengthIndex(3);
        Bars.Feed(rising, Bars.FromCloses(1, 2, 3, 4, 5));
        var flat = new RelativeStrengthIndex(3);
        Bars.Feed(flat, Bars.FromCloses(7, 7, 7, 7, 7));

        Assert.That(rising.Current, Is.EqualTo(100));
        Assert.That(flat.IsReady, Is.True);
        Assert.That(flat.Current, Is.Zero);
    }
}
