using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

/// <summary>
/// Properties that follow from the definitions, checked on every bar of ten years of real SPY bars: bounded
/// oscillators stay in their range, Bollinger middle = SMA, OBV moves by ±volume, bands bracket their centre.
/// </summary>
public sealed class RangePropertyTests
{
    private static readonly Bar[] Spy = RealBars.Spy();

    private static IEnumerable<TestCaseData> Bounded()
    {
        yield return Case("RSI", () => new RelativeStrengthIndex(), i => i.Current, 0, 100);
        yield return Case("STOCH slow %K", () => new Stochastic(), i => i.Current, 0, 100);
        yield return Case("STOCH slow %D", () => new Stochastic(), i => ((Stochastic)i).SlowD, 0, 100);
        yield return Case("STOCHRSI %K", () => new StochasticRsi(), i => i.Current, 0, 100);
        yield return Case("STOCHRSI %D", () => new StochasticRsi(), i => ((StochasticRsi)i).FastD, 0, 100);
        yield return Case("MFI", () => new MoneyFlowIndex(), i => i.Current, 0, 100);
        yield return Case("ADX", () => new AverageDirectionalIndex(), i => i.Current, 0, 100);
        yield return Case("+DI", () => new AverageDirectionalIndex(), i => ((AverageDirectionalIndex)i).PlusDi, 0, 100);
        yield return Case("-DI", () => new AverageDirectionalIndex(), i => ((AverageDirectionalIndex)i).MinusDi, 0, 100);
        yield return Case("ULTOSC", () => new UltimateOscillator(), i => i.Current, 0, 100);
        yield return Case("WILLR", () => new WilliamsPercentR(), i => i.Current, -100, 0);
        yield return Case("AROON up", () => new Aroon(), i => ((Aroon)i).Up, 0, 100);
        yield return Case("AROON down", () => new Aroon(), i => ((Aroon)i).Down, 0, 100);
        yield return Case("AROONOSC", () => new Aroon(), i => i.Current, -100, 100);
        yield return Case("CMF", () => new ChaikinMoneyFlow(), i => i.Current, -1, 1);
        yield return Case("STC", () => new SchaffTrendCycle(), i => i.Current, 0, 100);
        yield return Case("TSI", () => new TrueStrengthIndex(), i => i.Current, -100, 100);
        yield return Case("ULCER", () => new UlcerIndex(), i => i.Current, 0, 100);
        yield return Case("NATR", () => new NormalizedAverageTrueRange(), i => i.Current, 0, 100);
    }

    [TestCaseSource(nameof(Bounded))]
    public void Bounded_outputs_stay_in_range(Func<BarIndicator> create, Func<BarIndicator, double> read, double min, double max)
    {
        var indicator = create();
        var checkedBars = 0;
        foreach (var bar in Spy.Where(indicator.Update))
        {
            Assert.That(read(indicator), Is.InRange(min, max), $"{indicator.Name} on {bar.Date}");
            checkedBars++;
        }

        Assert.That(checkedBars, Is.GreaterThan(2000));
    }

    [Test]
    public void Bollinger_middle_equals_the_sma_and_the_bands_bracket_it()
    {
        var bands = new BollingerBands();
        var sma = new SimpleMovingAverage(20);
        foreach (var bar in Spy)
        {
            Assert.That(bands.Update(bar), Is.EqualTo(sma.Update(bar)));
            Assert.That(bands.Middle, Is.EqualTo(sma.Current).Within(1e-9));
            Assert.That(bands.Upper - bands.Middle, Is.EqualTo(bands.Middle - bands.Lower).Within(1e-9).And.GreaterThanOrEqualTo(0));
        }
    }

    [Test]
    public void Obv_and_ad_change_by_at_most_the_volume()
    {
        var obv = new OnBalanceVolume();
        var ad = new AccumulationDistribution();
        Bar? previous = null;
        foreach (var bar in Spy)
        {
            var (obvBefore, adBefore) = (obv.Current, ad.Current);
            obv.Update(bar);
            ad.Update(bar);
            if (previous is { } p)
            {
                var expected = bar.Close > p.Close ? bar.Volume : bar.Close < p.Close ? -bar.Volume : 0;
                Assert.That(obv.Current - obvBefore, Is.EqualTo(expected), $"OBV on {bar.Date}");
                Assert.That(Math.Abs(ad.Current - adBefore), Is.LessThanOrEqualTo(bar.Volume * (1 + 1e-12)), $"AD on {bar.Date}");
            }

            previous = bar;
        }
    }

    [Test]
    public void Channels_bracket_their_centre_and_donchian_brackets_the_close()
    {
        var donchian = new DonchianChannel();
        var keltner = new KeltnerChannel();
        var ichimoku = new Ichimoku();
        foreach (var bar in Spy)
        {
            if (donchian.Update(bar))
            {
                Assert.That(bar.Close, Is.InRange(donchian.Lower, donchian.Upper));
            }

            if (keltner.Update(bar))
            {
                Assert.That(keltner.Current, Is.InRange(keltner.Lower, keltner.Upper));
            }

            if (ichimoku.Update(bar))
            {
                Assert.That(ichimoku.SenkouA, Is.InRange(Math.Min(ichimoku.Tenkan, ichimoku.Kijun), Math.Max(ichimoku.Tenkan, ichimoku.Kijun)));
            }
        }
    }

    [Test]
    public void Parabolic_sar_is_at_or_below_the_low_when_long_and_at_or_above_the_high_when_short()
    {
        var sar = new ParabolicSar();
        foreach (var bar in Spy.Where(sar.Update))
        {
            if (sar.IsLong)
            {
                Assert.That(sar.Current, Is.LessThanOrEqualTo(bar.Low), $"SAR on {bar.Date}");
            }
            else
            {
                Assert.That(sar.Current, Is.GreaterThanOrEqualTo(bar.High), $"SAR on {bar.Date}");
            }
        }
    }

    [Test]
    public void Batch_path_equals_the_streaming_path()
    {
        var streaming = new Macd();
        var expected = Spy.Select(bar => streaming.Update(bar) ? streaming.Signal : (double?)null).ToArray();

        Assert.That(IndicatorBatch.Run(new Macd(), Spy, m => m.Signal), Is.EqualTo(expected));
    }

    private static TestCaseData Case(string name, Func<BarIndicator> create, Func<BarIndicator, double> read, double min, double max) =>
        new TestCaseData(create, read, min, max).SetArgDisplayNames(name);
}
