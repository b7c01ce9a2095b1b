using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

/// <summary>Momentum and trend indicators on tiny series worked out by hand from their published definitions.</summary>
public sealed class HandComputedMomentumAndTrendTests
{
    private const double Tolerance = 1e-9;

    [Test]
    public void Wma_weights_the_newest_close_most()
    {
        // (1·1 + 2·2 + 3·3) / 6 = 14/6; (1·2 + 2·3 + 3·4) / 6 = 20/6.
        var values = Bars.Feed(new WeightedMovingAverage(3), Bars.FromCloses(1, 2, 3, 4));
        Assert.That(values, Is.EqualTo(new[] { 0, 0, 14d / 6, 20d / 6 }).Within(Tolerance));
    }

    [Test]
    public void Roc_is_the_percent_change_over_the_period()
    {
        var values = Bars.Feed(new RateOfChange(2), Bars.FromCloses(100, 110, 121));
        Assert.That(values[2], Is.EqualTo(21).Within(Tolerance));
    }

    [Test]
    public void Ppo_uses_simple_averages_as_talib_by_default()
    {
        // SMA(2) of 2, 3 = 2.5; SMA(3) of 1, 2, 3 = 2; 100 × 0.5 / 2 = 25 %.
        var values = Bars.Feed(new PercentagePriceOscillator(2, 3), Bars.FromCloses(1, 2, 3));
        Assert.That(values[2], Is.EqualTo(25).Within(Tolerance));
    }

    [Test]
    public void Pvo_compares_volume_emas()
    {
        // EMA(1) = the volume; EMA(2) seeded with mean(100, 200) = 150, then 150 + 2/3 × (50 − 150) = 250/3.
        var pvo = new PercentageVolumeOscillator(1, 2, 1);
        var values = Bars.Feed(pvo, Bars.FromVolumes(100, 200, 50));
        Assert.That(values[1], Is.EqualTo(100d * 50 / 150).Within(Tolerance));
        Assert.That(values[2], Is.EqualTo(100d * (50 - (250d / 3)) / (250d / 3)).Within(Tolerance));
        Assert.That(pvo.Histogram, Is.Zero.Within(Tolerance));
    }

    [Test]
    public void Tsi_with_unit_smoothing_is_the_sign_of_the_change()
    {
        var values = Bars.Feed(new TrueStrengthIndex(1, 1), Bars.FromCloses(10, 11, 10.5));
        Assert.That(values, Is.EqualTo(new[] { 0, 100d, -100d }).Within(Tolerance));
    }

    [Test]
    public void Williams_r_places_the_close_in_the_range()
    {
        // Highest 12, lowest 8 over 3 bars; close 9: −100 × (12 − 9) / 4 = −75.
        var values = Bars.Feed(new WilliamsPercentR(3), Bars.FromHlc((10, 8, 9), (12, 9, 11), (11, 9, 9)));
        Assert.That(values[2], Is.EqualTo(-75).Within(Tolerance));
    }

    [Test]
    public void Awesome_oscillator_compares_median_price_averages()
    {
        // Medians 9, 10.5, 10: SMA(2) = 10.25, SMA(3) = 29.5 / 3.
        var values = Bars.Feed(new AwesomeOscillator(2, 3), Bars.FromHlc((10, 8, 9), (12, 9, 11), (11, 9, 9)));
        Assert.That(values[2], Is.EqualTo(10.25 - (29.5 / 3)).Within(Tolerance));
    }

    [Test]
    public void Ultimate_oscillator_weights_three_windows()
    {
        // Bars 2..4 vs previous close: BP = 11 − 9 = 2, 8 − 7 = 1, 12 − 8 = 4; TR = 3, 4, 5.
        // A1 = 4/5, A2 = 5/9, A3 = 7/12; UO = 100 × (4·A1 + 2·A2 + A3) / 7.
        var values = Bars.Feed(new UltimateOscillator(1, 2, 3), Bars.FromHlc((10, 8, 9), (12, 9, 11), (11, 7, 8), (13, 8, 12)));
        Assert.That(values[3], Is.EqualTo(100d * ((4 * 0.8) + (2 * 5d / 9) + (7d / 12)) / 7).Within(Tolerance));
    }

    [Test]
    public void Kama_starts_from_the_previous_close()
    {
        // ER = |13 − 10| / (1 + 2) = 1, SC = (2/3)², KAMA = 11 + 4/9 × (13 − 11).
        var values = Bars.Feed(new KaufmanAdaptiveMovingAverage(2), Bars.FromCloses(10, 11, 13));
        Assert.That(values[2], Is.EqualTo(11 + (4d / 9 * 2)).Within(Tolerance));
    }

    [Test]
    public void Adx_and_directional_indicators_follow_wilder()
    {
        // +DM 2, 0, 2; −DM 0, 2, 0; TR 3, 4, 5. Sums after one value: +DM 2, TR 3; then S − S/2 + x:
        // bar 3: +DM 1, −DM 2, TR 5.5 → DX 100/3; bar 4: +DM 2.5, −DM 1, TR 7.75 → +DI 250/7.75, DX 300/7.
        var adx = new AverageDirectionalIndex(2);
        var values = Bars.Feed(adx, Bars.FromHlc((10, 8, 9), (12, 9, 11), (11, 7, 8), (13, 8, 12)));
        Assert.That(values[3], Is.EqualTo(((100d / 3) + (300d / 7)) / 2).Within(Tolerance));
        Assert.That(adx.PlusDi, Is.EqualTo(250 / 7.75).Within(Tolerance));
        Assert.That(adx.MinusDi, Is.EqualTo(100 / 7.75).Within(Tolerance));
    }

    [Test]
    public void Aroon_counts_bars_since_the_extremes()
    {
        // Highs 1, 5, 2, 3: highest 2 bars ago → up 100 × 1/3; lows 0, 4, 1, 2: lowest 3 bars ago → down 0.
        var aroon = new Aroon(3);
        Bars.Feed(aroon, Bars.FromHlc((1, 0, 0.5), (5, 4, 4.5), (2, 1, 1.5), (3, 2, 2.5)));
        Assert.That(aroon.Up, Is.EqualTo(100d / 3).Within(Tolerance));
        Assert.That(aroon.Down, Is.Zero);
        Assert.That(aroon.Current, Is.EqualTo(100d / 3).Within(Tolerance));
    }

    [Test]
    public void Cci_divides_by_the_mean_deviation()
    {
        // Typical prices 1, 2, 3: mean 2, mean deviation 2/3, CCI = 1 / (0.015 × 2/3) = 100.
        var values = Bars.Feed(new CommodityChannelIndex(3), Bars.FromCloses(1, 2, 3));
        Assert.That(values[2], Is.EqualTo(100).Within(Tolerance));
    }

    [Test]
    public void Dpo_subtracts_the_sma_from_a_past_close()
    {
        // Period 4: close 4/2 + 1 = 3 bars ago is 1; SMA = 2.5.
        var values = Bars.Feed(new DetrendedPriceOscillator(4), Bars.FromCloses(1, 2, 3, 4));
        Assert.That(values[3], Is.EqualTo(-1.5).Within(Tolerance));
    }

    [Test]
    public void Trix_of_period_one_is_the_one_bar_rate_of_change()
    {
        var values = Bars.Feed(new Trix(1), Bars.FromCloses(100, 110));
        Assert.That(values[1], Is.EqualTo(10).Within(Tolerance));
    }

    [Test]
    public void Vortex_sums_vortex_movements_over_true_ranges()
    {
        // VM+ = |12 − 8| + |11 − 9| = 6; VM− = |9 − 10| + |7 − 12| = 6; TR = 3 + 4 = 7.
        var vortex = new Vortex(2);
        Bars.Feed(vortex, Bars.FromHlc((10, 8, 9), (12, 9, 11), (11, 7, 8)));
        Assert.That(vortex.Plus, Is.EqualTo(6d / 7).Within(Tolerance));
        Assert.That(vortex.Minus, Is.EqualTo(6d / 7).Within(Tolerance));
    }

    [Test]
    public void Parabolic_sar_trails_then_reverses_as_talib()
    {
        // Long start: SAR = first low 9, EP = 11; bar 3 keeps 9.04 and raises EP to 12 (AF 0.04);
        // bar 4's low 8 penetrates 9.1584, so the SAR jumps to the extreme point 12.
        var values = Bars.Feed(new ParabolicSar(), Bars.FromHlc((10, 9, 9.5), (11, 10, 10.5), (12, 10.5, 11), (10, 8, 9)));
        Assert.That(values, Is.EqualTo(new[] { 0, 9, 9.04, 12 }).Within(Tolerance));
    }

    [Test]
    public void Mass_index_is_the_sum_length_on_a_constant_range()
    {
        var bars = Enumerable.Range(0, 45).Select(i => new Bar(Bars.Start.AddDays(i), 100 + i, 102 + i, 99 + i, 100 + i, 1000)).ToArray();
        Assert.That(Bars.Feed(new MassIndex(), bars)[^1], Is.EqualTo(25).Within(Tolerance));
    }

    [Test]
    public void Kst_weights_the_four_smoothed_rates_of_change()
    {
        // Closes growing 1 % a bar: every ROC(n) is constant 100 × (1.01^n − 1), so is its SMA.
        var bars = Bars.FromCloses(Enumerable.Range(0, 60).Select(i => 100 * Math.Pow(1.01, i)).ToArray());
        var kst = new KnowSureThing();
        Bars.Feed(kst, bars);
        static double Roc(int n) => 100 * (Math.Pow(1.01, n) - 1);
        var expected = Roc(10) + (2 * Roc(15)) + (3 * Roc(20)) + (4 * Roc(30));
        Assert.That(kst.Line, Is.EqualTo(expected).Within(1e-9));
        Assert.That(kst.Signal, Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Stc_double_smooths_the_stochastic_of_the_macd()
    {
        // STC(1, 2, 2, 0.5): EMA(2) = 11, 11, 13, 13, 14⅓ from bar 2, so m = 1, 0, 1, 0, ⅔.
        // f1 (2-bar stochastic of m) = 0, 100, 0, 100 from bar 3; pf = 0, 50, 25, 62.5;
        // f2 (2-bar stochastic of pf) = 100, 0, 100 from bar 4; STC = 100, 50, 75.
        var values = Bars.Feed(new SchaffTrendCycle(1, 2, 2, 0.5), Bars.FromCloses(10, 12, 11, 14, 13, 15));
        Assert.That(values, Is.EqualTo(new[] { 0, 0, 0, 100d, 50, 75 }).Within(Tolerance));
    }

    [Test]
    public void Ichimoku_lines_are_range_midpoints()
    {
        // Tenkan(1) = (13 + 8) / 2; kijun(2) = (13 + 7) / 2; senkou B(3) = (13 + 7) / 2; span A the mean of the first two.
        var ichimoku = new Ichimoku(1, 2, 3);
        Bars.Feed(ichimoku, Bars.FromHlc((12, 9, 11), (11, 7, 8), (13, 8, 12)));
        Assert.That(ichimoku.Tenkan, Is.EqualTo(10.5));
        Assert.That(ichimoku.Kijun, Is.EqualTo(10));
        Assert.That(ichimoku.SenkouA, Is.EqualTo(10.25));
        Assert.That(ichimoku.SenkouB, Is.EqualTo(10));
    }
}
