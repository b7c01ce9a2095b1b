using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Metrics.Core.Tests;

/// <summary>The full daily snapshot: nulls carry reasons, values stay finite (incremental = full: <see cref="IncrementalStepTests"/>).</summary>
public sealed class DailySnapshotTests
{
    private static readonly Bar[] Spy = RealBars.Spy();

    [Test]
    public void Every_output_of_a_long_history_is_present_and_finite()
    {
        var snapshot = DailyIndicatorCalculator.Compute("SPY", Spy);
        var typed = new[]
        {
            snapshot.Rsi14, snapshot.MacdLine, snapshot.MacdSignal, snapshot.MacdHistogram, snapshot.StochK, snapshot.StochD,
            snapshot.Mfi14, snapshot.Sma20, snapshot.Sma50, snapshot.Sma200, snapshot.Ema12, snapshot.Ema26, snapshot.Adx14,
            snapshot.Atr14, snapshot.BbandsUpper, snapshot.BbandsMiddle, snapshot.BbandsLower, snapshot.BbandsWidth,
            snapshot.Obv, snapshot.Vwap, snapshot.Rvol20, snapshot.Hv20,
        };

        Assert.That(typed, Has.All.Not.Null);
        Assert.That(snapshot.Extras.Values, Has.All.Not.Null);
        Assert.That(snapshot.Extras.Values.Select(v => double.IsFinite(v!.Value)), Has.All.True);
        Assert.That(snapshot.Extras, Has.Count.GreaterThanOrEqualTo(55));
        Assert.That(snapshot.NullReasons, Is.Empty);
        Assert.That(snapshot.BbandsMiddle, Is.EqualTo(snapshot.Sma20).Within(1e-9));
    }

    [Test]
    public void Short_histories_give_null_with_a_warm_up_reason()
    {
        var snapshot = DailyIndicatorCalculator.Compute("SPY", Spy[..30]);

        Assert.That(snapshot.Sma50, Is.Null);
        Assert.That(snapshot.NullReasons["sma_50"], Is.EqualTo("warming up: needs 50 sessions, has 30"));
        Assert.That(snapshot.Extras["trix_30"], Is.Null);
        Assert.That(snapshot.NullReasons["trix_30"], Does.StartWith("warming up"));
        Assert.That(snapshot.Extras["dist_52w_high"], Is.Null);
        Assert.That(snapshot.NullReasons["dist_52w_high"], Does.Contain("52-week"));
        Assert.That(snapshot.Sma20, Is.Not.Null);
        Assert.That(snapshot.NullReasons.ContainsKey("sma_20"), Is.False);
    }

    [Test]
    public void A_non_positive_close_nulls_the_volatility_with_a_reason_and_nothing_is_infinite()
    {
        var bars = Spy[..100].ToArray();
        bars[90] = bars[90] with { Close = 0, Low = 0, Volume = 0 };

        var snapshot = DailyIndicatorCalculator.Compute("BAD", bars);

        Assert.That(snapshot.Hv20, Is.Null);
        Assert.That(snapshot.NullReasons["hv_20"], Does.Contain("non-positive close"));
        Assert.That(snapshot.Extras.Values.Where(v => v is not null).Select(v => double.IsFinite(v!.Value)), Has.All.True);
    }

    [Test]
    public void A_single_bar_gives_nulls_each_with_a_reason()
    {
        var snapshot = DailyIndicatorCalculator.Compute("X", Bars.FromCloses(10));

        Assert.That(snapshot.Rsi14, Is.Null);
        Assert.That(snapshot.Obv, Is.EqualTo(1000));
        foreach (var (name, value) in snapshot.Extras.Where(e => e.Value is null))
        {
            Assert.That(snapshot.NullReasons, Does.ContainKey(name));
        }
    }
}
