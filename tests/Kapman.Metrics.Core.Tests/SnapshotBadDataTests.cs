using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;
using Kapman.Metrics.Core.Tests.TestData;

namespace Kapman.Metrics.Core.Tests;

/// <summary>
/// Bad data through the whole daily snapshot: every value is finite or null, and every null carries its reason.
/// Real cases from the flat files (MHS: zero volume and high = low on all 840 of its bars; CVG: 322 zero-volume and
/// 593 flat bars; SBNY: gaps) and made-up ones (a zero close, a single bar).
/// </summary>
public sealed class SnapshotBadDataTests
{
    private static readonly Lazy<Dictionary<string, Bar[]>> Real = new(() => FlatFileBars.Read("MHS", "CVG", "SBNY"));

    private static IEnumerable<string> Tickers() => ["MHS", "CVG", "SBNY"];

    [TestCaseSource(nameof(Tickers))]
    public void Every_session_of_a_degenerate_real_ticker_is_finite_or_null_with_a_reason(string ticker)
    {
        var surface = new SnapshotIndicators();
        foreach (var bar in Real.Value[ticker])
        {
            surface.Update(bar);
            AssertFiniteOrExplained(DailyIndicatorCalculator.Snapshot(ticker, surface));
        }
    }

    [Test]
    public void No_volume_at_all_nulls_the_volume_ratios_with_their_reasons()
    {
        var bars = Real.Value["MHS"];
        Assert.That(bars.Take(40).Select(b => (b.Volume, b.High - b.Low)), Has.All.EqualTo((0d, 0d)), "MHS trades no volume on flat bars");

        var snapshot = DailyIndicatorCalculator.Compute("MHS", bars[..40]);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Rvol20, Is.Null);
            Assert.That(snapshot.NullReasons["rvol_20"], Is.EqualTo("no volume in the 20 prior sessions: relative volume is undefined"));
            Assert.That(snapshot.Extras["cmf_20"], Is.Null);
            Assert.That(snapshot.NullReasons["cmf_20"], Is.EqualTo("no volume in the last 20 sessions: money flow is undefined"));
            Assert.That(snapshot.Obv, Is.EqualTo(0));
        });
    }

    [Test]
    public void A_zero_close_nulls_the_gap_and_returns_with_their_reasons()
    {
        var bars = Bars.FromCloses(10, 11, 0, 12);

        var afterZero = DailyIndicatorCalculator.Compute("X", bars[..3]);
        var next = DailyIndicatorCalculator.Compute("X", bars);

        Assert.Multiple(() =>
        {
            Assert.That(afterZero.Extras["return_daily"], Is.Null);
            Assert.That(afterZero.NullReasons["return_daily"], Does.Contain("non-positive close"));
            Assert.That(next.Extras["gap_percent"], Is.Null);
            Assert.That(next.NullReasons["gap_percent"], Is.EqualTo("previous close is 0: the gap is undefined"));
            Assert.That(next.Hv20, Is.Null);
            Assert.That(next.NullReasons["hv_20"], Does.Contain("non-positive close"));
        });
        AssertFiniteOrExplained(afterZero);
        AssertFiniteOrExplained(next);
    }

    [Test]
    public void A_single_flat_bar_without_volume_is_finite_or_explained()
    {
        var snapshot = DailyIndicatorCalculator.Compute("X", [new Bar(Bars.Start, 5, 5, 5, 5, 0)]);

        AssertFiniteOrExplained(snapshot);
        Assert.That(snapshot.NullReasons["sma_20"], Is.EqualTo("warming up: needs 20 sessions, has 1"));
    }

    private static void AssertFiniteOrExplained(IndicatorSnapshot snapshot)
    {
        var typed = new Dictionary<string, double?>
        {
            ["rsi_14"] = snapshot.Rsi14, ["macd_line"] = snapshot.MacdLine, ["macd_signal"] = snapshot.MacdSignal,
            ["macd_histogram"] = snapshot.MacdHistogram, ["stoch_k"] = snapshot.StochK, ["stoch_d"] = snapshot.StochD,
            ["mfi_14"] = snapshot.Mfi14, ["sma_20"] = snapshot.Sma20, ["sma_50"] = snapshot.Sma50, ["sma_200"] = snapshot.Sma200,
            ["ema_12"] = snapshot.Ema12, ["ema_26"] = snapshot.Ema26, ["adx_14"] = snapshot.Adx14, ["atr_14"] = snapshot.Atr14,
            ["bbands_upper"] = snapshot.BbandsUpper, ["bbands_middle"] = snapshot.BbandsMiddle, ["bbands_lower"] = snapshot.BbandsLower,
            ["bbands_width"] = snapshot.BbandsWidth, ["obv"] = snapshot.Obv, ["vwap"] = snapshot.Vwap, ["rvol_20"] = snapshot.Rvol20,
            ["hv_20"] = snapshot.Hv20,
        };
        foreach (var (name, value) in typed.Concat(snapshot.Extras))
        {
            if (value is { } v)
            {
                Assert.That(double.IsFinite(v), Is.True, $"{snapshot.Ticker} {snapshot.SessionDate} {name} = {v}");
                Assert.That(snapshot.NullReasons.ContainsKey(name), Is.False, $"{name} has a value and a null reason");
            }
            else
            {
                Assert.That(snapshot.NullReasons, Does.ContainKey(name), $"{snapshot.Ticker} {snapshot.SessionDate} {name} is null without a reason");
            }
        }
    }
}
