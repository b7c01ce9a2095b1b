using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

/// <summary>IsReady, WarmUpPeriod, Samples and Reset hold for every indicator of the surface with its default parameters.</summary>
public sealed class IndicatorContractTests
{
    private static readonly (string Name, Func<BarIndicator> Create, int WarmUp)[] Defaults = AllIndicators.Defaults;

    private static IEnumerable<TestCaseData> DefaultIndicators() =>
        Defaults.Select(d => new TestCaseData(d.Create, d.WarmUp).SetArgDisplayNames(d.Name));

    private static IEnumerable<TestCaseData> Factories() =>
        Defaults.Select(d => new TestCaseData(d.Create).SetArgDisplayNames(d.Name));

    [TestCaseSource(nameof(Factories))]
    public void Name_states_the_parameters(Func<BarIndicator> create) =>
        Assert.That(Defaults.Select(d => d.Name), Does.Contain(create().Name));

    private static Bar[] Zigzag(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new Bar(Bars.Start.AddDays(i), 100, 102 + (i % 3), 98 - (i % 2), 100 + (i % 5) - 2, 1000 + (100 * (i % 7))))
            .ToArray();

    [TestCaseSource(nameof(DefaultIndicators))]
    public void Ready_exactly_after_the_warm_up_period(Func<BarIndicator> create, int warmUp)
    {
        var indicator = create();
        var readiness = Zigzag(warmUp + 3).Select(indicator.Update).ToArray();

        Assert.That(indicator.WarmUpPeriod, Is.EqualTo(warmUp));
        Assert.That(readiness.Take(warmUp - 1), Has.All.False);
        Assert.That(readiness.Skip(warmUp - 1), Has.All.True);
        Assert.That(indicator.Samples, Is.EqualTo(warmUp + 3));
    }

    [TestCaseSource(nameof(DefaultIndicators))]
    public void Current_is_zero_until_ready(Func<BarIndicator> create, int warmUp)
    {
        var indicator = create();
        var values = Bars.Feed(indicator, Zigzag(warmUp - 1));

        Assert.That(values, Has.All.Zero);
        Assert.That(indicator.IsReady, Is.False);
    }

    [TestCaseSource(nameof(DefaultIndicators))]
    public void Reset_restarts_from_scratch(Func<BarIndicator> create, int warmUp)
    {
        var bars = Zigzag(warmUp + 10);
        var fresh = Bars.Feed(create(), bars);
        var reused = create();
        Bars.Feed(reused, Zigzag(warmUp + 4).Select(b => b with { Close = b.Close * 1.5, Volume = b.Volume + 7 }));

        reused.Reset();

        Assert.That(reused.Samples, Is.Zero);
        Assert.That(reused.IsReady, Is.False);
        Assert.That(reused.Current, Is.Zero);
        Assert.That(Bars.Feed(reused, bars), Is.EqualTo(fresh));
    }

    [TestCaseSource(nameof(Factories))]
    public void Rejects_bars_out_of_date_order(Func<BarIndicator> create)
    {
        var indicator = create();
        var bars = Zigzag(2);
        indicator.Update(bars[1]);

        Assert.That(() => indicator.Update(bars[0]), Throws.ArgumentException);
        Assert.That(() => indicator.Update(bars[1]), Throws.ArgumentException);
    }

    [Test]
    public void Periods_below_one_are_rejected()
    {
        Assert.That(() => new SimpleMovingAverage(0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new ExponentialMovingAverage(0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new RelativeStrengthIndex(0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new AverageTrueRange(0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new Stochastic(14, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new RelativeVolume(0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
