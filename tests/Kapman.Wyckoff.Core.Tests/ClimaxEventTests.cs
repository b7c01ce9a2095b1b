using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// SC and BC events on trending bars with high = close + 0.5 and low = close − 0.5. Each bar's true range is
/// 1 (the previous close sits on the bar's high or low), so ATR(14) is 1 before the session.
/// </summary>
public sealed class ClimaxEventTests
{
    // 30 bars falling by 0.5 from 130 to 115.5, then the session.
    private static SeriesBuilder Decline(int count = 30) => new SeriesBuilder().Trend(count, 130, -0.5);

    // 30 bars rising by 0.5 from 100 to 114.5 (highest high 115), then the session.
    private static SeriesBuilder Advance() => new SeriesBuilder().Trend(30, 100, 0.5);

    [Test]
    public void Selling_climax_is_detected_with_its_measurements()
    {
        // Previous close 115.5; session high 116, low 112.5, close 112.7, volume 2500.
        // TR = 116 - 112.5 = 3.5; ATR = (13 * 1 + 3.5) / 14; close position 0.2 / 3.5.
        var snapshot = Decline().Add(116, 112.5, 112.7, 2500).Analyze();

        var sc = snapshot.Events.Single();
        var atr = 16.5 / 14;
        var trAtr = 3.5 / atr;
        var closePosition = 0.2 / 3.5;
        var confidence = 0.5 + (0.5 * (0.25 + Math.Min(1, (trAtr / 1.5) - 1) + ((0.3 - closePosition) / 0.3)) / 3);
        Assert.That(sc.Code, Is.EqualTo("SC"));
        Assert.That(sc.Date, Is.EqualTo(snapshot.SessionDate));
        Assert.That(sc.BarIndex, Is.EqualTo(30));
        Assert.That(sc.PriceLevel, Is.EqualTo(112.5));
        Assert.That(sc.VolumeRatio, Is.EqualTo(2.5).Within(1e-12));
        Assert.That(sc.Measurements["vol_ratio"], Is.EqualTo(2.5).Within(1e-12));
        Assert.That(sc.Measurements["tr_atr"], Is.EqualTo(trAtr).Within(1e-9));
        Assert.That(sc.Measurements["close_pos"], Is.EqualTo(closePosition).Within(1e-9));
        Assert.That(sc.Measurements["sma20_slope"], Is.Negative);
        Assert.That(sc.Confidence, Is.EqualTo(confidence).Within(1e-9));
        Assert.That(sc.Description, Does.StartWith("Selling climax at 112.50: volume 2.50x the 20-session average"));
    }

    [TestCase(116, 112.5, 112.7, 2000, TestName = "SC misses at exactly 2x volume")]
    [TestCase(116, 112.5, 113.6, 2500, TestName = "SC misses with the close at 31% of the range")]
    [TestCase(115.5, 114, 114.05, 2500, TestName = "SC misses with true range below 1.5 ATR")]
    public void Selling_climax_boundaries(double high, double low, double close, double volume)
    {
        var snapshot = Decline().Add(high, low, close, volume).Analyze();

        Assert.That(snapshot.Events, Is.Empty);
    }

    [Test]
    public void Selling_climax_needs_a_prior_decline()
    {
        // Closes 100..129 rising by 1, then the same climax shape: SMA20 still rises over 5 bars.
        var snapshot = new SeriesBuilder().Trend(30, 100, 1).Add(129.5, 125, 125.2, 2500).Analyze();

        Assert.That(snapshot.Events, Is.Empty);
    }

    [TestCase(98, false, TestName = "SC misses when SMA20 is exactly where it was 5 bars ago")]
    [TestCase(97.9, true, TestName = "SC is detected when SMA20 is just below where it was 5 bars ago")]
    public void Selling_climax_needs_sma20_strictly_below_its_value_5_bars_ago(double close, bool detected)
    {
        // Flat closes of 100 except bar 26 at 102. SMA20 five bars back is 100; with a session close of 98
        // the session's SMA20 is (18 * 100 + 102 + 98) / 20 = 100 as well, and just below it with 97.9.
        // The decline is only 4.5 ATR, so the context test (issue 21) is switched off to isolate the SMA test.
        var bars = new SeriesBuilder().Flat(26).Add(102.5, 100, 102).Flat(3).Add(104, 97.5, close, 2500).Build();
        var snapshot = WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default with { ClimaxMinDeclineAtr = 0 });

        Assert.That(snapshot.Events.Any(e => e.Code == "SC"), Is.EqualTo(detected));
    }

    [Test]
    public void The_range_test_is_inclusive_and_its_multiple_is_a_parameter()
    {
        // Previous close 115.5; high 115.5, low 114.5: TR = 1 = ATR, so TR/ATR is exactly 1.
        var bars = Decline().Add(115.5, 114.5, 114.55, 2500).Build();

        var atOne = WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default with { ClimaxRangeAtrMultiple = 1 });
        var byDefault = WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default);

        Assert.That(atOne.Events.Select(e => e.Code), Is.EqualTo(new[] { "SC" }));
        Assert.That(atOne.Events[0].Measurements["tr_atr"], Is.EqualTo(1));
        Assert.That(byDefault.Events, Is.Empty);
    }

    [Test]
    public void The_close_tests_include_their_30_percent_boundaries()
    {
        // SC: (112.5 - 111) / (116 - 111) = 0.30. BC: (117.5 - 114) / (119 - 114) = 0.70.
        var sc = Decline().Add(116, 111, 112.5, 2500).Analyze();
        var bc = Advance().Add(119, 114, 117.5, 2500).Analyze();

        Assert.That(sc.Events.Select(e => e.Code), Is.EqualTo(new[] { "SC" }));
        Assert.That(sc.Events[0].Measurements["close_pos"], Is.EqualTo(0.3));
        Assert.That(bc.Events.Select(e => e.Code), Is.EqualTo(new[] { "BC" }));
        Assert.That(bc.Events[0].Measurements["close_pos"], Is.EqualTo(0.7));
    }

    [Test]
    public void Climax_events_need_25_bars()
    {
        var short24 = Decline(23).Add(119, 115.5, 115.7, 2500).Analyze();
        var enough25 = Decline(24).Add(118.5, 115, 115.2, 2500).Analyze();

        Assert.That(short24.Events, Is.Empty);
        Assert.That(enough25.Events.Select(e => e.Code), Is.EqualTo(new[] { "SC" }));
    }

    [Test]
    public void Buying_climax_is_detected_at_highs_after_an_advance()
    {
        // Previous close 114.5; session high 118.5, low 114, close 118, volume 2500.
        // TR = 4.5; ATR = (13 + 4.5) / 14 = 1.25; TR/ATR = 3.6; close position 4 / 4.5.
        var snapshot = Advance().Add(118.5, 114, 118, 2500).Analyze();

        var bc = snapshot.Events.Single();
        var closePosition = 4 / 4.5;
        var confidence = 0.5 + (0.5 * (0.25 + 1 + ((closePosition - 0.7) / 0.3)) / 3);
        Assert.That(bc.Code, Is.EqualTo("BC"));
        Assert.That(bc.PriceLevel, Is.EqualTo(118.5));
        Assert.That(bc.Measurements["tr_atr"], Is.EqualTo(3.6).Within(1e-9));
        Assert.That(bc.Measurements["close_pos"], Is.EqualTo(closePosition).Within(1e-9));
        Assert.That(bc.Measurements["sma20_slope"], Is.Positive);
        Assert.That(bc.Confidence, Is.EqualTo(confidence).Within(1e-9));
        Assert.That(bc.Description, Does.StartWith("Buying climax at 118.50, a 20-session high"));
    }

    [TestCase(118.5, 114, 117.1, 2500, TestName = "BC misses with the close at 69% of the range")]
    [TestCase(118.5, 114, 118, 2000, TestName = "BC misses at exactly 2x volume")]
    public void Buying_climax_boundaries(double high, double low, double close, double volume)
    {
        var snapshot = Advance().Add(high, low, close, volume).Analyze();

        Assert.That(snapshot.Events, Is.Empty);
    }

    [TestCase(102, false, TestName = "BC misses when SMA20 is exactly where it was 5 bars ago")]
    [TestCase(102.1, true, TestName = "BC is detected when SMA20 is just above where it was 5 bars ago")]
    public void Buying_climax_needs_sma20_strictly_above_its_value_5_bars_ago(double close, bool detected)
    {
        // Flat closes of 100 except bar 26 at 98. SMA20 five bars back is 100; with a session close of 102
        // the session's SMA20 is (18 * 100 + 98 + 102) / 20 = 100 as well, and just above it with 102.1.
        // The advance is only a few ATR, so the context test (issue 21) is switched off to isolate the SMA test.
        var bars = new SeriesBuilder().Flat(26).Add(100, 97.5, 98).Flat(3).Add(102.5, 96, close, 2500).Build();
        var snapshot = WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default with { ClimaxMinAdvanceAtr = 0 });

        Assert.That(snapshot.Events.Any(e => e.Code == "BC"), Is.EqualTo(detected));
    }

    [Test]
    public void Buying_climax_needs_a_high_at_or_above_the_prior_high()
    {
        // After the advance (highest high 115) two bars dip to 113.5 and 113. A wide bar up to 114.5 is
        // below the prior high; the same kind of bar reaching exactly 115 is a buying climax.
        var below = Advance().Add(114, 113, 113.5).Add(113.5, 112.5, 113).Add(114.5, 112.5, 114.3, 2500).Analyze();
        var equal = Advance().Add(114, 113, 113.5).Add(113.5, 112.5, 113).Add(115, 112.5, 114.8, 2500).Analyze();

        Assert.That(below.Events, Is.Empty);
        Assert.That(equal.Events.Select(e => e.Code), Is.EqualTo(new[] { "BC" }));
    }
}
