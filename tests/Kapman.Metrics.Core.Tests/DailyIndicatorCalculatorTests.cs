using Kapman.Indicators;
using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Metrics.Core.Tests;

public sealed class DailyIndicatorCalculatorTests
{
    private static Bar[] SpyBars() =>
        ReferenceFiles.ReadCsv("reference", "indicators", "spy_with_obv.txt")
            .Select(row => new Bar(
                ReferenceFiles.UsDate(row["Date"]),
                ReferenceFiles.Number(row["Open"]),
                ReferenceFiles.Number(row["High"]),
                ReferenceFiles.Number(row["Low"]),
                ReferenceFiles.Number(row["Close"]),
                ReferenceFiles.Number(row["Volume"])))
            .ToArray();

    private static double Last(BarIndicator indicator, Bar[] bars)
    {
        foreach (var bar in bars)
        {
            indicator.Update(bar);
        }

        return indicator.Current;
    }

    [Test]
    public void Values_equal_feeding_each_indicator_every_bar_from_the_first_one_at_a_time()
    {
        var bars = SpyBars();

        var snapshot = DailyIndicatorCalculator.Compute("SPY", bars);

        Assert.Multiple(() =>
        {
            Assert.That(bars, Has.Length.GreaterThan(200));
            Assert.That(snapshot.Ticker, Is.EqualTo("SPY"));
            Assert.That(snapshot.SessionDate, Is.EqualTo(bars[^1].Date));
            Assert.That(snapshot.Sma20, Is.EqualTo(Last(new SimpleMovingAverage(20), bars)));
            Assert.That(snapshot.Sma50, Is.EqualTo(Last(new SimpleMovingAverage(50), bars)));
            Assert.That(snapshot.Sma200, Is.EqualTo(Last(new SimpleMovingAverage(200), bars)));
            Assert.That(snapshot.Ema12, Is.EqualTo(Last(new ExponentialMovingAverage(12), bars)));
            Assert.That(snapshot.Ema26, Is.EqualTo(Last(new ExponentialMovingAverage(26), bars)));
            Assert.That(snapshot.Rsi14, Is.EqualTo(Last(new RelativeStrengthIndex(14), bars)));
            Assert.That(snapshot.Atr14, Is.EqualTo(Last(new AverageTrueRange(14), bars)));
            Assert.That(snapshot.Rvol20, Is.EqualTo(Last(new RelativeVolume(20), bars)));
            Assert.That(snapshot.Hv20, Is.EqualTo(Last(new HistoricalVolatility(20), bars)));
            Assert.That(snapshot.ModelVersion, Is.EqualTo("metrics-3.0.0"));
        });
    }

    [Test]
    public void Sma20_matches_the_mean_of_the_last_twenty_closes_of_real_bars()
    {
        var bars = SpyBars();

        var snapshot = DailyIndicatorCalculator.Compute("SPY", bars);

        Assert.That(snapshot.Sma20, Is.EqualTo(bars[^20..].Average(b => b.Close)).Within(1e-9));
    }

    [Test]
    public void Values_not_yet_warm_are_null()
    {
        var bars = SpyBars()[..21];

        var snapshot = DailyIndicatorCalculator.Compute("SPY", bars);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Sma20, Is.Not.Null);
            Assert.That(snapshot.Ema12, Is.Not.Null);
            Assert.That(snapshot.Rsi14, Is.Not.Null);
            Assert.That(snapshot.Atr14, Is.Not.Null);
            Assert.That(snapshot.Rvol20, Is.Not.Null);
            Assert.That(snapshot.Hv20, Is.Not.Null);
            Assert.That(snapshot.Sma50, Is.Null);
            Assert.That(snapshot.Sma200, Is.Null);
            Assert.That(snapshot.Ema26, Is.Null);
        });
        var twenty = DailyIndicatorCalculator.Compute("SPY", bars[..20]);
        Assert.That(twenty.Rvol20, Is.Null);
        Assert.That(twenty.Hv20, Is.Null);
    }

    [Test]
    public void A_single_bar_gives_only_nulls()
    {
        var snapshot = DailyIndicatorCalculator.Compute("X", Bars.FromCloses(10));

        Assert.That(
            new[] { snapshot.Sma20, snapshot.Sma50, snapshot.Sma200, snapshot.Ema12, snapshot.Ema26, snapshot.Rsi14, snapshot.Atr14, snapshot.Rvol20, snapshot.Hv20 },
            Has.All.Null);
        Assert.That(snapshot.SessionDate, Is.EqualTo(Bars.Start));
    }

    [Test]
    public void Rejects_empty_unsorted_or_duplicate_history()
    {
        var bars = Bars.FromCloses(1, 2, 3);

        Assert.That(() => DailyIndicatorCalculator.Compute("X", []), Throws.ArgumentException);
        Assert.That(() => DailyIndicatorCalculator.Compute("X", [bars[0], bars[2], bars[1]]), Throws.ArgumentException);
        Assert.That(() => DailyIndicatorCalculator.Compute("X", [bars[0], bars[1], bars[1]]), Throws.ArgumentException);
        Assert.That(() => DailyIndicatorCalculator.Compute(" ", bars), Throws.ArgumentException);
    }
}
