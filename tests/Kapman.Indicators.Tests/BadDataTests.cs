using System.Reflection;
using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

/// <summary>
/// Bad data never produces NaN or Infinity: gaps (weeks missing, price doubling or halving overnight), zero
/// volume, flat bars (open = high = low = close) for longer than any window, and a single bar. Every public
/// double output of every indicator is checked after every bar.
/// </summary>
public sealed class BadDataTests
{
    private static IEnumerable<TestCaseData> Indicators() =>
        AllIndicators.Defaults.Select(d => new TestCaseData(d.Create).SetArgDisplayNames(d.Name));

    [TestCaseSource(nameof(Indicators))]
    public void Gaps_zero_volume_and_flat_bars_stay_finite(Func<BarIndicator> create)
    {
        var indicator = create();
        foreach (var bar in BadSeries())
        {
            indicator.Update(bar);
            AssertFinite(indicator, bar.Date);
        }

        Assert.That(indicator.IsReady, Is.True);
    }

    [TestCaseSource(nameof(Indicators))]
    public void A_single_flat_bar_with_no_volume_stays_finite(Func<BarIndicator> create)
    {
        var indicator = create();
        var ready = indicator.Update(new Bar(Bars.Start, 50, 50, 50, 50, 0));

        Assert.That(ready, Is.EqualTo(indicator.WarmUpPeriod == 1));
        AssertFinite(indicator, Bars.Start);
    }

    [TestCaseSource(nameof(Indicators))]
    public void Only_flat_bars_stay_finite(Func<BarIndicator> create)
    {
        var indicator = create();
        foreach (var bar in Enumerable.Range(0, 150).Select(i => new Bar(Bars.Start.AddDays(i), 20, 20, 20, 20, 0)))
        {
            indicator.Update(bar);
            AssertFinite(indicator, bar.Date);
        }
    }

    private static IEnumerable<Bar> BadSeries()
    {
        var date = Bars.Start;
        for (var i = 0; i < 200; i++)
        {
            date = date.AddDays(i % 50 == 49 ? 30 : 1);
            var price = i < 60 ? 100d : i < 120 ? 200d : 50d + (i % 3);
            var flat = i is >= 60 and < 130;
            var volume = i % 7 == 0 || (i >= 80 && i < 110) ? 0d : 1000d + (13 * i);
            yield return flat
                ? new Bar(date, price, price, price, price, volume)
                : new Bar(date, price, price + 1 + (i % 4), price - 1 - (i % 2), price + (i % 5) - 2, volume);
        }
    }

    private static void AssertFinite(BarIndicator indicator, DateOnly date)
    {
        foreach (var property in indicator.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(double)))
        {
            var value = (double)property.GetValue(indicator)!;
            Assert.That(double.IsFinite(value), Is.True, $"{indicator.Name}.{property.Name} = {value} on {date:yyyy-MM-dd}");
        }
    }
}
