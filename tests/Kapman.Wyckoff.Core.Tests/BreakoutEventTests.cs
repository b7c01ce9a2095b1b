using Kapman.MarketData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// SOS, SOW and the benchmark path of SC on hand-built bars whose 40-bar baselines are known exactly:
/// true ranges alternate 2 and 1 (mean 1.5, population sd 0.5) and volumes alternate 900 and 1,100 (mean
/// 1,000, sd 100), so tr_z = (TR − 1.5) / 0.5 and vol_z = (V − 1,000) / 100 on the next bar.
/// </summary>
public sealed class BreakoutEventTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    // 60 bars closing at 100: even bars high 101 / low 99 (TR 2), odd bars 100.5 / 99.5 (TR 1).
    private static List<Bar> Flat()
    {
        var bars = new List<Bar>();
        for (var i = 0; i < 60; i++)
        {
            var half = i % 2 == 0 ? 1 : 0.5;
            bars.Add(new Bar(Start.AddDays(i), 100, 100 + half, 100 - half, 100, i % 2 == 0 ? 900 : 1100));
        }

        return bars;
    }

    // 60 bars closing at 130 − 0.5 i with high = close + 0.5 (the previous close) and low = close − 0.5 or
    // close − 1.5 alternately: TR 1 and 2.
    private static List<Bar> Decline()
    {
        var bars = new List<Bar>();
        for (var i = 0; i < 60; i++)
        {
            var close = 130 - (0.5 * i);
            bars.Add(new Bar(Start.AddDays(i), close + 0.5, close + 0.5, close - (i % 2 == 0 ? 1.5 : 0.5), close, i % 2 == 0 ? 900 : 1100));
        }

        return bars;
    }

    private static IReadOnlyList<WyckoffEvent> With(List<Bar> bars, double open, double high, double low, double close, double volume)
    {
        bars.Add(new Bar(Start.AddDays(bars.Count), open, high, low, close, volume));
        return WyckoffAnalyzer.Timeline(bars, WyckoffParameters.Default);
    }

    [Test]
    public void Sign_of_strength_is_a_wide_heavy_up_bar_closing_above_resistance()
    {
        // TR 3 → tr_z 3; volume 1,150 → vol_z 1.5; close 102.8 above the 20-bar high 101.
        var events = With(Flat(), 100, 103, 100, 102.8, 1150);

        var sos = events.Single();
        Assert.That((sos.Code, sos.BarIndex, sos.PriceLevel), Is.EqualTo(("SOS", 60, 101.0)));
        Assert.That(sos.Measurements["tr_z"], Is.EqualTo(3).Within(1e-9));
        Assert.That(sos.Measurements["vol_z"], Is.EqualTo(1.5).Within(1e-9));
        Assert.That(sos.VolumeRatio, Is.EqualTo(1.15).Within(1e-12));
        Assert.That(sos.Confidence, Is.EqualTo(0.5 + 0.25 + 0.125).Within(1e-9));
    }

    [TestCase(103, 100, 102.8, 1050, TestName = "No SOS at vol_z 0.5")]
    [TestCase(101.2, 99.5, 100.9, 1150, TestName = "No SOS closing under resistance")]
    [TestCase(102.2, 100, 102.1, 1150, TestName = "No SOS at tr_z 1.4")]
    public void Sign_of_strength_boundaries(double high, double low, double close, double volume)
    {
        Assert.That(With(Flat(), 100, high, low, close, volume), Is.Empty);
    }

    [Test]
    public void Sign_of_weakness_is_a_wide_heavy_down_bar_closing_below_support()
    {
        // TR 3 → tr_z 3; vol_z 1.5 (1.15 × the mean: no seed SC); close 97.6 below the 20-bar low 99.
        var events = With(Flat(), 100, 100, 97, 97.6, 1150);

        var sow = events.Single();
        Assert.That((sow.Code, sow.BarIndex, sow.PriceLevel), Is.EqualTo(("SOW", 60, 99.0)));
        Assert.That(sow.Confidence, Is.EqualTo(0.875).Within(1e-9));
    }

    [TestCase(100, 97, 99.2, 1150, TestName = "No SOW closing above support")]
    [TestCase(100, 97, 97.6, 1090, TestName = "No SOW at vol_z 0.9")]
    public void Sign_of_weakness_boundaries(double high, double low, double close, double volume)
    {
        Assert.That(With(Flat(), 100, high, low, close, volume), Is.Empty);
    }

    [Test]
    public void Selling_climax_benchmark_path_accepts_a_close_off_the_low()
    {
        // Previous close 100.5; high 100.5, low 96.5 (TR 4 → tr_z 5), close 99.14 at 66 % of the range,
        // volume 1,300 (vol_z 3 but only 1.3 × the mean): a new 20-bar low in a decline.
        var events = With(Decline(), 100.5, 100.5, 96.5, 99.14, 1300);

        var sc = events.Single(e => e.BarIndex == 60);
        Assert.That((sc.Code, sc.PriceLevel), Is.EqualTo(("SC", 96.5)));
        Assert.That(sc.Measurements["tr_z"], Is.EqualTo(5).Within(1e-9));
        Assert.That(sc.Measurements["vol_z"], Is.EqualTo(3).Within(1e-9));
        Assert.That(sc.Confidence, Is.EqualTo(0.5 + 0.25 + 0.125).Within(1e-9));
    }

    [Test]
    public void Selling_climax_benchmark_path_needs_vol_z_of_two()
    {
        var events = With(Decline(), 100.5, 100.5, 96.5, 99.14, 1190);

        Assert.That(events.Where(e => e.BarIndex == 60), Is.Empty);
    }
}
