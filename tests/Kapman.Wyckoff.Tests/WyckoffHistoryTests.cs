using System.IO.Compression;
using Dapper;
using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.History;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The history path (issue 22 item 2) on the shared LEAN daily series around the 2011 correction: computing ten sessions in
/// bulk stores exactly the snapshot and alert rows the daily step stores session by session, a rerun leaves them identical,
/// and SPY's 2011-10-04 spring is among them. The base layer holds a ticker that stops mid-range (no snapshot after its last
/// bar) and SPY misses one session (that session's market is the equal-weighted universe, on both paths). SPY has a stored
/// dealer context on the last session, which both paths analyse with.
/// </summary>
public sealed class WyckoffHistoryTests : DatabaseTest
{
    private static readonly DateOnly From = new(2011, 9, 21);
    private static readonly DateOnly To = new(2011, 10, 4);
    private static readonly DateOnly SpyMissing = new(2011, 9, 28);
    private static readonly DateOnly GoneAfter = new(2011, 9, 26);

    [Test]
    public async Task Bulk_history_equals_the_daily_step_session_by_session_and_a_rerun_is_identical()
    {
        var sessions = await SeedAsync();
        await StoreSpyDealerContextAsync();
        foreach (var session in sessions)
        {
            await DailyStepAsync(session);
        }

        var daily = await RowsAsync();
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("TRUNCATE snapshot_versions, alerts");
        }

        var history = new WyckoffHistory(DataSource, DataSource, WyckoffParameters.Default);
        var progress = new HistoryProgress();
        await history.RunAsync(From, To, progress, CancellationToken.None);
        var bulk = await RowsAsync();
        await history.RunAsync(From, To, new HistoryProgress(), CancellationToken.None);
        var rerun = await RowsAsync();

        await using var check = await DataSource.OpenConnectionAsync();
        var spy = await check.QuerySingleAsync<string?>(
            "SELECT alert_kind FROM snapshots WHERE ticker = 'SPY' AND session_date = @To", new { To });
        var gone = await check.ExecuteScalarAsync<DateOnly>("SELECT max(session_date) FROM snapshots WHERE ticker = 'GONE'");
        Assert.Multiple(() =>
        {
            Assert.That(sessions, Has.Length.EqualTo(10), "ten NYSE sessions from 2011-09-21 to 2011-10-04");
            Assert.That(bulk.Snapshots, Has.Length.EqualTo(10 * DailyRunTests.Tickers.Length + 4 - 1), "every ticker every session, GONE for four, SPY missing one");
            Assert.That(bulk.Snapshots, Is.EqualTo(daily.Snapshots), "every snapshot column equals the daily step's");
            Assert.That(bulk.Alerts, Is.EqualTo(daily.Alerts), "the same alert rows");
            Assert.That(rerun, Is.EqualTo(bulk), "a rerun leaves identical rows");
            Assert.That(bulk.Snapshots.Count(r => r.Contains("\"dealer\": {", StringComparison.Ordinal)), Is.EqualTo(1),
                "SPY's stored dealer context of the last session gives it dealer features on both paths, no other row has any");
            Assert.That(spy, Is.EqualTo(WyckoffAlertKinds.SpringEntry), "SPY's spring at the low of the 2011 correction");
            Assert.That(gone, Is.EqualTo(GoneAfter), "no snapshot after a ticker's last bar");
            Assert.That((progress.Total, progress.Done, progress.Rows), Is.EqualTo((10, 10, (long)bulk.Snapshots.Length)));
        });
    }

    [Test]
    public async Task A_batch_that_fails_commits_nothing_and_no_later_batch_commits()
    {
        // 2011-08-01..2011-10-04 is 46 sessions, five batches of up to ten, written two at a time. PostgreSQL refuses every
        // snapshot of one session of the third batch (a trigger), after the first two batches were handed to the writers.
        await MarketTables.CreateAsync(DataSource);
        var first = new DateOnly(2011, 8, 1);
        var series = DailyRunTests.Tickers.ToDictionary(t => t, t => ReadLean(t).Where(b => b.Date.Year == 2011 && b.Date <= To).ToArray());
        await MarketTables.CopyAsync(DataSource, series.SelectMany(s => s.Value.Select(bar => (s.Key, bar))));
        var sessions = series["SPY"].Where(b => b.Date >= first).Select(b => b.Date).ToArray();
        var refused = sessions[2 * WyckoffHistory.SessionsPerCommit + 5];
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                $"""
                CREATE FUNCTION refuse_session() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'test: session refused'; END $$;
                CREATE TRIGGER refuse_session BEFORE INSERT ON snapshot_versions
                FOR EACH ROW WHEN (NEW.session_date = DATE '{refused:yyyy-MM-dd}') EXECUTE FUNCTION refuse_session();
                """);
        }

        var history = new WyckoffHistory(DataSource, DataSource, WyckoffParameters.Default);
        var progress = new HistoryProgress();
        var failure = Assert.ThrowsAsync<Npgsql.PostgresException>(() => history.RunAsync(first, To, progress, CancellationToken.None));

        await using var check = await DataSource.OpenConnectionAsync();
        var stored = (await check.QueryAsync<DateOnly>("SELECT DISTINCT session_date FROM snapshot_versions ORDER BY 1")).ToArray();
        var activity = await check.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'");
        Assert.Multiple(() =>
        {
            Assert.That(sessions, Has.Length.EqualTo(46));
            Assert.That(failure!.MessageText, Is.EqualTo("test: session refused"));
            Assert.That(stored, Is.EqualTo(sessions.Take(2 * WyckoffHistory.SessionsPerCommit)),
                "the two batches before the refused one are committed; the refused batch and every later one roll back");
            Assert.That(progress.Done, Is.EqualTo(2 * WyckoffHistory.SessionsPerCommit), "progress counts committed sessions only");
            Assert.That(activity, Is.Zero, "no write is still running once the run has failed");
        });
    }

    /// <summary>A hand-built dealer context of SPY on the range's last session, stored before any snapshot (so only stored).</summary>
    private async Task StoreSpyDealerContextAsync()
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        await DealerContextStep.RunAsync(
            tx, new MarketBarReader(DataSource), WyckoffParameters.Default, To,
            [new UnderlyingDealerMetrics("SPY", 112.34, -4.0e8, 114.5, -0.5, "SHORT_GAMMA", 115, 105, "options-test")], CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private async Task DailyStepAsync(DateOnly session)
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        await WyckoffDailyStep.RunAsync(
            tx, new MarketBarReader(DataSource), WyckoffParameters.Default, new MarketSessionIngested(Guid.NewGuid(), session, 1, 1, 0, "test:lean"), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private async Task<(string[] Snapshots, string[] Alerts)> RowsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        var snapshots = await connection.QueryAsync<string>(
            "SELECT (to_jsonb(s) - 'computed_at')::text FROM snapshot_versions s ORDER BY ticker, session_date, model_version");
        var alerts = await connection.QueryAsync<string>("SELECT (to_jsonb(a) - 'raised_at')::text FROM alerts a ORDER BY ticker, session_date, kind");
        return (snapshots.ToArray(), alerts.ToArray());
    }

    /// <summary>Loads the LEAN series of 2011 through the range's end; returns the range's sessions (SPY's dates there).</summary>
    private async Task<DateOnly[]> SeedAsync()
    {
        await MarketTables.CreateAsync(DataSource);
        var series = DailyRunTests.Tickers.ToDictionary(t => t, t => ReadLean(t).Where(b => b.Date.Year == 2011 && b.Date <= To).ToArray());
        var sessions = series["SPY"].Where(b => b.Date >= From).Select(b => b.Date).ToArray();
        series["GONE"] = series["AAPL"].Where(b => b.Date <= GoneAfter).ToArray();
        series["SPY"] = series["SPY"].Where(b => b.Date != SpyMissing).ToArray();
        await MarketTables.CopyAsync(DataSource, series.SelectMany(s => s.Value.Select(bar => (s.Key, bar))));
        return sessions;
    }

    private static IReadOnlyList<Bar> ReadLean(string ticker)
    {
        using var file = File.OpenRead(RepoFiles.SharedData("history", "lean_daily_raw", $"{ticker}.csv.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return BarCsvReader.Read(reader);
    }
}
