using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

/// <summary>docs/domain/indicators.md#price-metrics (Seed 001) price metrics: VSI z-score, gap and the 52-week range, worked out by hand.</summary>
public sealed class PriceMetricsTests
{
    [Test]
    public void Vsi_is_the_z_score_against_the_prior_sessions_only()
    {
        // Prior volumes 100, 200, 300: mean 200, sample σ 100; 400 → z = 2; then prior 200, 300, 400 → 100 gives −2.
        var values = Bars.Feed(new VolumeZScore(3), Bars.FromVolumes(100, 200, 300, 400, 100));
        Assert.That(values, Is.EqualTo(new[] { 0, 0, 0, 2d, -2d }).Within(1e-12));
    }

    [Test]
    public void Vsi_is_zero_when_the_prior_volumes_do_not_vary()
    {
        var values = Bars.Feed(new VolumeZScore(2), Bars.FromVolumes(0, 0, 500));
        Assert.That(values[2], Is.Zero);
    }

    [Test]
    public void Gap_compares_the_open_with_the_previous_close()
    {
        Bar[] bars = [new(Bars.Start, 10, 10, 10, 10, 1), new(Bars.Start.AddDays(1), 10.5, 11, 10, 11, 1), new(Bars.Start.AddDays(2), 9.9, 10, 9, 9.5, 1)];
        Assert.That(Bars.Feed(new GapPercent(), bars), Is.EqualTo(new[] { 0, 5d, -10d }).Within(1e-12));
    }

    [Test]
    public void Fifty_two_week_range_covers_364_calendar_days()
    {
        // A high of 200 exactly 364 days before the last bar has dropped out; one 363 days before is inside.
        var last = new DateOnly(2025, 6, 30);
        Bar Make(DateOnly d, double high, double low, double close) => new(d, close, high, low, close, 1);
        var range = new FiftyTwoWeekRange();
        Bars.Feed(range, [Make(last.AddDays(-400), 300, 1, 100), Make(last.AddDays(-364), 200, 90, 100), Make(last.AddDays(-363), 150, 80, 100), Make(last, 120, 100, 105)]);

        Assert.That(range.WindowIsFull, Is.True);
        Assert.That(range.High, Is.EqualTo(150));
        Assert.That(range.Low, Is.EqualTo(80));
        Assert.That(range.Current, Is.EqualTo(-30).Within(1e-12));
        Assert.That(range.DistanceToLow, Is.EqualTo(31.25).Within(1e-12));
    }

    [Test]
    public void Fifty_two_week_range_equals_a_scan_of_every_bar_in_the_window_on_real_bars()
    {
        // The indicator keeps only the bars that can still be the extreme; a plain scan of the 364-day window must
        // give exactly the same high and low on every one of SPY's ~2,550 sessions.
        var bars = RealBars.Spy();
        var range = new FiftyTwoWeekRange();
        for (var i = 0; i < bars.Length; i++)
        {
            range.Update(bars[i]);
            var start = bars[i].Date.AddDays(1 - FiftyTwoWeekRange.WindowDays);
            var window = bars.Take(i + 1).Where(b => b.Date >= start).ToArray();
            Assert.That(range.High, Is.EqualTo(window.Max(b => b.High)), $"high on {bars[i].Date:yyyy-MM-dd}");
            Assert.That(range.Low, Is.EqualTo(window.Min(b => b.Low)), $"low on {bars[i].Date:yyyy-MM-dd}");
        }
    }

    [Test]
    public void Hv60_is_the_annualised_sample_stdev_of_60_log_returns()
    {
        // Alternating log returns +r, −r (30 each): mean 0, sample variance 60 r² / 59.
        const double r = 0.01;
        var closes = Enumerable.Range(0, 61).Select(i => 100 * Math.Exp(i % 2 == 0 ? 0 : r)).ToArray();
        var values = Bars.Feed(new HistoricalVolatility(60), Bars.FromCloses(closes));
        Assert.That(values[^1], Is.EqualTo(Math.Sqrt(60 * r * r / 59 * 252)).Within(1e-12));
    }
}
