using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

/// <summary>Volatility, volume and return indicators on tiny series worked out by hand from their definitions.</summary>
public sealed class HandComputedVolatilityAndVolumeTests
{
    private const double Tolerance = 1e-9;

    private static readonly Bar[] Hlc = Bars.FromHlc((10, 8, 9), (12, 9, 11), (11, 7, 8), (13, 8, 12));

    [Test]
    public void Natr_is_atr_in_percent_of_the_close()
    {
        // TR 3, 4 → ATR(2) = 3.5 on bar 3, close 8 → 43.75 %; bar 4: ATR = (3.5 + 5) / 2 = 4.25, close 12.
        var values = Bars.Feed(new NormalizedAverageTrueRange(2), Hlc);
        Assert.That(values[2..], Is.EqualTo(new[] { 43.75, 100 * 4.25 / 12 }).Within(Tolerance));
    }

    [Test]
    public void Bollinger_uses_the_population_deviation()
    {
        // Closes 1, 2, 3: mean 2, population σ = √(2/3); close 3 → %B = (3 − lower) / (upper − lower).
        var bands = new BollingerBands(3, 2, 2);
        Bars.Feed(bands, Bars.FromCloses(1, 2, 3));
        var sigma = Math.Sqrt(2d / 3);
        Assert.That(bands.Upper, Is.EqualTo(2 + (2 * sigma)).Within(Tolerance));
        Assert.That(bands.Lower, Is.EqualTo(2 - (2 * sigma)).Within(Tolerance));
        Assert.That(bands.PercentB, Is.EqualTo((1 + (2 * sigma)) / (4 * sigma)).Within(Tolerance));
        Assert.That(bands.Width, Is.EqualTo(100 * 4 * sigma / 2).Within(Tolerance));
    }

    [Test]
    public void Donchian_takes_the_extremes_of_the_window()
    {
        var donchian = new DonchianChannel(2);
        Bars.Feed(donchian, Hlc);
        Assert.That((donchian.Upper, donchian.Lower, donchian.Current), Is.EqualTo((13d, 7d, 10d)));
    }

    [Test]
    public void Keltner_offsets_the_ema_by_atr_multiples()
    {
        // EMA(2) of 9, 11 = 10, then 10 + 2/3 × (8 − 10) = 26/3; ATR(1) on bar 3 = TR = 4.
        var keltner = new KeltnerChannel(2, 1, 2);
        Bars.Feed(keltner, Hlc[..3]);
        Assert.That(keltner.Current, Is.EqualTo(26d / 3).Within(Tolerance));
        Assert.That(keltner.Upper, Is.EqualTo((26d / 3) + 8).Within(Tolerance));
        Assert.That(keltner.Lower, Is.EqualTo((26d / 3) - 8).Within(Tolerance));
    }

    [Test]
    public void Ulcer_index_is_the_rms_drawdown()
    {
        // Drawdowns from the 2-bar high: bar 2: 8 vs 10 → −20 %; bar 3: 9 vs 9 → 0; UI = √((400 + 0) / 2).
        var values = Bars.Feed(new UlcerIndex(2), Bars.FromCloses(10, 8, 9));
        Assert.That(values[2], Is.EqualTo(Math.Sqrt(200)).Within(Tolerance));
    }

    [Test]
    public void Ad_and_cmf_weight_volume_by_the_close_location()
    {
        // CLV = ((7.5 − 0) − (10 − 7.5)) / 10 = 0.5 on volume 100; then CLV = −1 (close at the low) on 300.
        Bar[] bars = [new(Bars.Start, 5, 10, 0, 7.5, 100), new(Bars.Start.AddDays(1), 5, 10, 0, 0, 300)];
        Assert.That(Bars.Feed(new AccumulationDistribution(), bars), Is.EqualTo(new[] { 50d, -250 }).Within(Tolerance));
        Assert.That(Bars.Feed(new ChaikinMoneyFlow(2), bars)[1], Is.EqualTo(-250d / 400).Within(Tolerance));
    }

    [Test]
    public void Emv_divides_the_midpoint_move_by_the_box_ratio()
    {
        // Bar 2: move 11 − 9 = 2, box (1e8 / 1e8) / 2 → 4; bar 3: move 0.5, box (2e8 / 1e8) / 1 → 0.25; SMA(2) = 2.125.
        Bar[] bars = [new(Bars.Start, 9, 10, 8, 9, 5e7), new(Bars.Start.AddDays(1), 11, 12, 10, 11, 1e8), new(Bars.Start.AddDays(2), 11.5, 12, 11, 11.5, 2e8)];
        Assert.That(Bars.Feed(new EaseOfMovement(2), bars)[2], Is.EqualTo(2.125).Within(Tolerance));
    }

    [Test]
    public void Force_index_is_an_ema_of_price_change_times_volume()
    {
        // Volume 1000: forces 1000, 2000, −1000; EMA(2) seed 1500, then 1500 + 2/3 × (−1000 − 1500).
        var values = Bars.Feed(new ForceIndex(2), Bars.FromCloses(10, 11, 13, 12));
        Assert.That(values[2..], Is.EqualTo(new[] { 1500, 1500 + (2d / 3 * -2500) }).Within(Tolerance));
    }

    [Test]
    public void Mfi_splits_money_flow_by_the_typical_price_direction()
    {
        // Typical prices 10, 11, 10.5, 12 with volumes 1, 2, 3, 4: flows +22, −31.5, +48.
        // MFI(2) on bar 3 = 100 × 22 / 53.5; on bar 4 = 100 × 48 / 79.5.
        var bars = new[] { 10, 11, 10.5, 12 }.Select((tp, i) => new Bar(Bars.Start.AddDays(i), tp, tp, tp, tp, i + 1)).ToArray();
        var values = Bars.Feed(new MoneyFlowIndex(2), bars);
        Assert.That(values[2..], Is.EqualTo(new[] { 2200 / 53.5, 4800 / 79.5 }).Within(Tolerance));
    }

    [Test]
    public void Nvi_moves_only_on_lower_volume()
    {
        Bar[] bars = [new(Bars.Start, 100, 100, 100, 100, 10), new(Bars.Start.AddDays(1), 110, 110, 110, 110, 5), new(Bars.Start.AddDays(2), 99, 99, 99, 99, 20)];
        Assert.That(Bars.Feed(new NegativeVolumeIndex(), bars), Is.EqualTo(new[] { 1000d, 1100, 1100 }).Within(Tolerance));
    }

    [Test]
    public void Vpt_accumulates_volume_times_the_percent_change()
    {
        Bar[] bars = [new(Bars.Start, 100, 100, 100, 100, 10), new(Bars.Start.AddDays(1), 110, 110, 110, 110, 50)];
        Assert.That(Bars.Feed(new VolumePriceTrend(), bars), Is.EqualTo(new[] { 0d, 5 }).Within(Tolerance));
    }

    [Test]
    public void Rolling_vwap_weights_typical_prices_by_volume_and_falls_back_to_their_mean()
    {
        Bar[] bars = [new(Bars.Start, 10, 10, 10, 10, 100), new(Bars.Start.AddDays(1), 20, 20, 20, 20, 300), new(Bars.Start.AddDays(2), 30, 30, 30, 30, 0)];
        var values = Bars.Feed(new RollingVwap(2), bars);
        Assert.That(values[1], Is.EqualTo(17.5).Within(Tolerance));
        Assert.That(values[2], Is.EqualTo(20).Within(Tolerance));
        Assert.That(Bars.Feed(new RollingVwap(1), bars[2..])[0], Is.EqualTo(30));
    }

    [Test]
    public void Returns_are_simple_log_and_cumulative()
    {
        var closes = Bars.FromCloses(100, 110, 121);
        Assert.That(Bars.Feed(new Returns(ReturnKind.Daily), closes), Is.EqualTo(new[] { 0, 0.1, 0.1 }).Within(Tolerance));
        Assert.That(Bars.Feed(new Returns(ReturnKind.Log), closes), Is.EqualTo(new[] { 0, Math.Log(1.1), Math.Log(1.1) }).Within(Tolerance));
        Assert.That(Bars.Feed(new Returns(ReturnKind.Cumulative), closes), Is.EqualTo(new[] { 0, 0.1, 0.21 }).Within(Tolerance));
    }
}
