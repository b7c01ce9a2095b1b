using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

public sealed class VolumeAndVolatilityTests
{
    [Test]
    public void Relative_volume_divides_by_the_mean_of_the_prior_sessions_only()
    {
        var rvol = new RelativeVolume(3);
        var values = Bars.Feed(rvol, Bars.FromVolumes(100, 200, 300, 400, 100));

        // bar3: 400 / mean(100, 200, 300) = 2; bar4: 100 / mean(200, 300, 400) = 1/3.
        Assert.That(rvol.WarmUpPeriod, Is.EqualTo(4));
        Assert.That(values, Is.EqualTo(new[] { 0, 0, 0, 2, 1d / 3 }).Within(1e-12));
    }

    [Test]
    public void Relative_volume_is_zero_when_the_prior_sessions_had_no_volume()
    {
        var rvol = new RelativeVolume(2);
        Bars.Feed(rvol, Bars.FromVolumes(0, 0, 500));

        Assert.That(rvol.IsReady, Is.True);
        Assert.That(rvol.Current, Is.Zero);
    }

    [Test]
    public void Historical_volatility_is_the_annualised_sample_stdev_of_log_returns()
    {
        // Log returns 0.01, 0.02, -0.01: mean 0.02/3, squared deviations (1 + 16 + 25)e-4 / 9,
        // sample variance 21e-4 / 9 = 7e-4 / 3; annualised variance 252 * 7e-4 / 3 = 0.0588.
        var hv = new HistoricalVolatility(3);
        var closes = new[] { 100, 100 * Math.Exp(0.01), 100 * Math.Exp(0.03), 100 * Math.Exp(0.02) };
        var values = Bars.Feed(hv, Bars.FromCloses(closes));

        Assert.That(hv.WarmUpPeriod, Is.EqualTo(4));
        Assert.That(values[2], Is.Zero);
        Assert.That(values[3], Is.EqualTo(Math.Sqrt(0.0588)).Within(1e-12));
    }

    [Test]
    public void Historical_volatility_of_a_constant_growth_rate_is_zero()
    {
        var hv = new HistoricalVolatility(5);
        Bars.Feed(hv, Bars.FromCloses(Enumerable.Range(0, 6).Select(i => 50 * Math.Pow(1.01, i)).ToArray()));

        Assert.That(hv.Current, Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void Historical_volatility_rejects_a_non_positive_close()
    {
        var hv = new HistoricalVolatility(2);
        hv.Update(Bars.FromCloses(10)[0]);

        Assert.That(() => hv.Update(new Bar(Bars.Start.AddDays(1), 0, 0, 0, 0, 1)), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new HistoricalVolatility(1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Obv_starts_at_the_first_volume_and_ignores_unchanged_closes()
    {
        var bars = new[]
        {
            new Bar(Bars.Start, 10, 10, 10, 10, 100),
            new Bar(Bars.Start.AddDays(1), 11, 11, 11, 11, 50),
            new Bar(Bars.Start.AddDays(2), 11, 11, 11, 11, 70),
            new Bar(Bars.Start.AddDays(3), 9, 9, 9, 9, 30),
        };

        Assert.That(Bars.Feed(new OnBalanceVolume(), bars), Is.EqualTo(new[] { 100d, 150, 150, 120 }));
    }
}
