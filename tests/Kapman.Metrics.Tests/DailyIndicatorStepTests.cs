using Dapper;
using Kapman.Metrics.Core;
using Kapman.Metrics.Core.Tests.TestData;
using Kapman.Metrics.Data;
using Kapman.Metrics.Tests.TestData;

namespace Kapman.Metrics.Tests;

/// <summary>
/// The daily step against PostgreSQL on real flat-file bars: run session after session past the 300th, each stored
/// snapshot equals <see cref="DailyIndicatorCalculator.Compute"/> over every bar from the first (so OBV, A/D, NVI,
/// VPT and the cumulative return carry on), whether the ticker was continued from its saved state or recomputed.
/// </summary>
public sealed class DailyIndicatorStepTests
{
    private static readonly string[] Tickers = ["SPY", "AAPL", "SNDK", "SBNY", "GEV", "CVG", "PWER", "MHS", "XLE", "MSFT"];

    [Test]
    public async Task Stored_snapshots_equal_a_full_recompute_across_the_old_window_boundary()
    {
        var bars = FlatFileBars.Read(Tickers).ToDictionary(p => p.Key, p => p.Value.Select(b => b with { Volume = (long)b.Volume }).ToArray());
        var sessions = bars.Values.SelectMany(b => b).Select(b => b.Date).Distinct().Order().ToArray();
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(IndicatorStore).Assembly);
        await MarketBars.LoadAsync(database, bars);

        var first = await MarketBars.StepAsync(database, sessions[298]);
        var outcomes = new List<Application.DailyStepOutcome>();
        foreach (var session in sessions[299..306])
        {
            outcomes.Add(await MarketBars.StepAsync(database, session));
        }

        var store = new IndicatorStore(database.DataSource);
        var stored = await store.ForSessionAsync(sessions[305], null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Recomputed, Is.EqualTo(first.Tickers), "the first run has no state: every ticker is recomputed");
            Assert.That(outcomes.Select(o => o.Recomputed), Has.All.EqualTo(0), "later sessions continue from the saved state");
            Assert.That(stored.Select(s => s.Ticker), Is.EquivalentTo(bars.Where(p => p.Value.Any(b => b.Date == sessions[305])).Select(p => p.Key)));
        });
        foreach (var snapshot in stored)
        {
            AssertSame(snapshot, DailyIndicatorCalculator.Compute(snapshot.Ticker, bars[snapshot.Ticker].Where(b => b.Date <= sessions[305]).ToArray()));
        }
    }

    [Test]
    public async Task A_missing_state_or_a_re_adjusted_history_is_recomputed_to_the_same_values_as_a_full_recompute()
    {
        var bars = FlatFileBars.Read("SPY", "AAPL", "XLE").ToDictionary(p => p.Key, p => p.Value.Select(b => b with { Volume = (long)b.Volume }).ToArray());
        var sessions = bars["SPY"].Select(b => b.Date).ToArray();
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(IndicatorStore).Assembly);
        await MarketBars.LoadAsync(database, bars);
        await MarketBars.StepAsync(database, sessions[400]);
        await MarketBars.StepAsync(database, sessions[401]);

        await using (var connection = await MarketBars.OpenAsync(database))
        {
            // AAPL loses its state; XLE's history is re-adjusted for a 2:1 split on every bar before the session.
            await connection.ExecuteAsync("DELETE FROM indicator_state WHERE ticker = 'AAPL'");
            await connection.ExecuteAsync(
                "UPDATE market.daily_bars SET open = open / 2, high = high / 2, low = low / 2, close = close / 2, volume = volume * 2 WHERE ticker = 'XLE' AND session_date < @session",
                new { session = sessions[402] });
        }

        var outcome = await MarketBars.StepAsync(database, sessions[402]);
        var stored = await new IndicatorStore(database.DataSource).ForSessionAsync(sessions[402], null, CancellationToken.None);
        var xle = bars["XLE"].Where(b => b.Date <= sessions[402])
            .Select(b => b.Date < sessions[402] ? b with { Open = b.Open / 2, High = b.High / 2, Low = b.Low / 2, Close = b.Close / 2, Volume = b.Volume * 2 } : b)
            .ToArray();

        Assert.That(outcome, Is.EqualTo(new Application.DailyStepOutcome(3, 1, 2)));
        AssertSame(stored.Single(s => s.Ticker == "AAPL"), DailyIndicatorCalculator.Compute("AAPL", bars["AAPL"][..403]));
        AssertSame(stored.Single(s => s.Ticker == "SPY"), DailyIndicatorCalculator.Compute("SPY", bars["SPY"][..403]));
        AssertSame(stored.Single(s => s.Ticker == "XLE"), DailyIndicatorCalculator.Compute("XLE", xle));
    }

    private static void AssertSame(IndicatorSnapshot actual, IndicatorSnapshot expected)
    {
        Assert.That(actual with { Extras = expected.Extras, NullReasons = expected.NullReasons }, Is.EqualTo(expected), actual.Ticker);
        Assert.That(actual.Extras, Is.EquivalentTo(expected.Extras), actual.Ticker);
        Assert.That(actual.NullReasons, Is.EquivalentTo(expected.NullReasons), actual.Ticker);
    }
}
