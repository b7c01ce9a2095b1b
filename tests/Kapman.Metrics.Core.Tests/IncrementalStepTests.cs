using Kapman.MarketData;
using Kapman.Metrics.Core.Tests.TestData;

namespace Kapman.Metrics.Core.Tests;

/// <summary>
/// The daily step (restore yesterday's saved state, feed one bar) gives bit-for-bit the snapshot of a full
/// recompute from the first bar, for every session of real flat-file tickers (907 sessions, far beyond any window,
/// so cumulative indicators must carry on): SPY and AAPL; SNDK (listed mid-history); SBNY and GEV (gaps);
/// CVG, PWER and MHS (zero-volume and flat high = low bars).
/// </summary>
public sealed class IncrementalStepTests
{
    private static readonly Lazy<Dictionary<string, Bar[]>> Universe =
        new(() => FlatFileBars.Read("SPY", "AAPL", "SNDK", "SBNY", "GEV", "CVG", "PWER", "MHS"));

    private static IEnumerable<string> Tickers() => ["SPY", "AAPL", "SNDK", "SBNY", "GEV", "CVG", "PWER", "MHS"];

    [TestCaseSource(nameof(Tickers))]
    public void Every_session_continued_from_saved_state_equals_the_full_recompute_from_the_first_bar(string ticker)
    {
        var bars = Universe.Value[ticker];
        var full = new SnapshotIndicators();
        var state = DailyIndicatorCalculator.Recompute(ticker, bars[..1]).State;
        full.Update(bars[0]);
        for (var i = 1; i < bars.Length; i++)
        {
            full.Update(bars[i]);
            var expected = DailyIndicatorCalculator.Snapshot(ticker, full);

            var step = DailyIndicatorCalculator.TryContinue(ticker, state, bars[Math.Max(0, i - 5)..(i + 1)]);

            Assert.That(step, Is.Not.Null, $"{ticker} {bars[i].Date}: the state of the previous session must continue");
            AssertSame(step!.Snapshot, expected);
            state = step.State;
        }

        Assert.That(bars, Has.Length.GreaterThan(300), "the history must cross the old 300-session window");
    }

    [TestCaseSource(nameof(Tickers))]
    public void Cumulative_indicators_run_from_the_first_bar(string ticker)
    {
        var bars = Universe.Value[ticker];
        var state = DailyIndicatorCalculator.Recompute(ticker, bars[..1]).State;
        IndicatorSnapshot last = null!;
        for (var i = 1; i < bars.Length; i++)
        {
            var step = DailyIndicatorCalculator.TryContinue(ticker, state, bars[(i - 1)..(i + 1)])!;
            (state, last) = (step.State, step.Snapshot);
        }

        // OBV by its definition (Granville): the first volume, then ± each volume by the direction of the close.
        var obv = bars[0].Volume;
        for (var i = 1; i < bars.Length; i++)
        {
            obv += Math.Sign(bars[i].Close - bars[i - 1].Close) * bars[i].Volume;
        }

        Assert.That(last.Obv, Is.EqualTo(obv).Within(1e-9 * bars.Sum(b => b.Volume)));
        Assert.That(last.Extras["return_cumulative"], Is.EqualTo((bars[^1].Close / bars[0].Close) - 1).Within(1e-12));
    }

    [Test]
    public void A_state_that_does_not_end_on_the_previous_bar_is_not_continued()
    {
        var bars = Universe.Value["SPY"];
        var twoDaysAgo = DailyIndicatorCalculator.Recompute("SPY", bars[..400]).State;
        var yesterday = DailyIndicatorCalculator.Recompute("SPY", bars[..401]).State;
        var adjusted = bars[399..402].Select(b => b with { Open = b.Open / 2, High = b.High / 2, Low = b.Low / 2, Close = b.Close / 2, Volume = b.Volume * 2 }).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(DailyIndicatorCalculator.TryContinue("SPY", twoDaysAgo, bars[399..402]), Is.Null, "a missed session");
            Assert.That(DailyIndicatorCalculator.TryContinue("SPY", yesterday, adjusted), Is.Null, "history re-adjusted for a split");
            Assert.That(DailyIndicatorCalculator.TryContinue("SPY", yesterday, bars[401..402]), Is.Null, "no previous bar given");
            Assert.That(DailyIndicatorCalculator.TryContinue("SPY", [1, 2, 3], bars[399..402]), Is.Null, "not a state");
            Assert.That(DailyIndicatorCalculator.TryContinue("SPY", yesterday[..^8], bars[399..402]), Is.Null, "a truncated state");
            Assert.That(DailyIndicatorCalculator.TryContinue("SPY", yesterday, bars[399..402]), Is.Not.Null);
        });
    }

    [Test]
    public void A_restored_state_saves_to_the_same_bytes()
    {
        var state = DailyIndicatorCalculator.Recompute("AAPL", Universe.Value["AAPL"]).State;

        Assert.That(SnapshotIndicators.RestoreState(state).SaveState(), Is.EqualTo(state));
        Assert.That(state, Has.Length.LessThan(64 * 1024));
    }

    private static void AssertSame(IndicatorSnapshot actual, IndicatorSnapshot expected)
    {
        Assert.That(actual with { Extras = expected.Extras, NullReasons = expected.NullReasons }, Is.EqualTo(expected));
        Assert.That(actual.Extras, Is.EquivalentTo(expected.Extras));
        Assert.That(actual.NullReasons, Is.EquivalentTo(expected.NullReasons));
    }
}
