using Dapper;
using Kapman.Metrics.Application;
using Kapman.Metrics.Core.Tests.TestData;
using Kapman.Metrics.Data;
using Kapman.Metrics.Tests.TestData;
using Kapman.ServiceDefaults.History;

namespace Kapman.Metrics.Tests;

/// <summary>
/// The history path (issue 22 item 2) against PostgreSQL on real flat-file bars: computing a range in bulk stores exactly the
/// rows the daily per-session step stores for each of its sessions, a rerun leaves identical rows, and the next daily step
/// continues from the state the bulk path saved.
/// </summary>
public sealed class IndicatorHistoryTests
{
    private static readonly string[] Tickers = ["SPY", "AAPL", "SNDK", "GEV", "XLE", "MSFT"];

    [Test]
    public async Task Bulk_history_equals_the_per_session_path_and_a_rerun_is_identical()
    {
        var bars = FlatFileBars.Read(Tickers).ToDictionary(p => p.Key, p => p.Value.Select(b => b with { Volume = (long)b.Volume }).ToArray());
        var sessions = bars["SPY"].Select(b => b.Date).ToArray();
        var (from, to) = (sessions[700], sessions[705]);
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(IndicatorStore).Assembly);
        await MarketBars.LoadAsync(database, bars);
        foreach (var session in sessions[700..706])
        {
            await MarketBars.StepAsync(database, session);
        }

        var perSession = await RowsAsync(database);
        var history = new IndicatorHistory(database.DataSource, database.DataSource);
        var progress = new HistoryProgress();
        await history.RunAsync(from, to, progress, CancellationToken.None);
        var bulk = await RowsAsync(database);
        await history.RunAsync(from, to, new HistoryProgress(), CancellationToken.None);
        var rerun = await RowsAsync(database);
        var next = await MarketBars.StepAsync(database, sessions[706]);

        var expectedRows = bars.Values.Sum(series => series.Count(b => b.Date >= from && b.Date <= to));
        Assert.Multiple(() =>
        {
            Assert.That(perSession, Has.Length.EqualTo(expectedRows), "one row per ticker with a bar, per session of the range");
            Assert.That(bulk, Is.EqualTo(perSession), "every column of every row equals the per-session path's");
            Assert.That(rerun, Is.EqualTo(bulk), "a rerun leaves identical rows");
            Assert.That((progress.Total, progress.Done, progress.Rows), Is.EqualTo((Tickers.Length, Tickers.Length, (long)expectedRows)), "every ticker has bars then");
            Assert.That(next.Recomputed, Is.EqualTo(0), "the next daily step continues from the states the bulk path saved");
        });
    }

    [Test]
    public async Task A_range_before_any_stored_indicator_fills_the_whole_range_in_one_pass()
    {
        var bars = FlatFileBars.Read("SPY", "AAPL").ToDictionary(p => p.Key, p => p.Value.Select(b => b with { Volume = (long)b.Volume }).ToArray());
        var sessions = bars["SPY"].Select(b => b.Date).ToArray();
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(IndicatorStore).Assembly);
        await MarketBars.LoadAsync(database, bars);

        await new IndicatorHistory(database.DataSource, database.DataSource).RunAsync(sessions[0], sessions[^1], new HistoryProgress(), CancellationToken.None);

        var store = new IndicatorStore(database.DataSource);
        var spy = await store.ForTickerAsync("SPY", sessions[0], sessions[^1], CancellationToken.None);
        var sma20 = bars["SPY"][230..250].Average(b => b.Close);
        Assert.Multiple(() =>
        {
            Assert.That(spy.Select(s => s.SessionDate), Is.EqualTo(sessions), "a row for every session, oldest first");
            Assert.That(spy[18].Sma20, Is.Null, "SMA(20) warms up over 20 bars");
            Assert.That(spy[249].Sma20, Is.EqualTo(sma20).Within(1e-9), "SMA(20) of the 20 closes ending at session 250, computed here");
        });
    }

    /// <summary>Every stored indicator row as JSON without its <c>computed_at</c>, by ticker and session.</summary>
    private static async Task<string[]> RowsAsync(ServiceTestDatabase database)
    {
        await using var connection = await MarketBars.OpenAsync(database);
        var rows = await connection.QueryAsync<string>("SELECT (to_jsonb(i) - 'computed_at')::text FROM indicators i ORDER BY ticker, session_date");
        return rows.ToArray();
    }
}
