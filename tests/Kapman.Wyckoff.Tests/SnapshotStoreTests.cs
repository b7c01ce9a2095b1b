using System.IO.Compression;
using Dapper;
using Kapman.MarketData;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The Wyckoff migrations and <see cref="SnapshotStore"/> on a database of the test's own: snapshots keyed by model version, the <c>wyckoff.snapshots</c> view the Recommendation service reads,
/// and byte-identical recomputation.
/// </summary>
public sealed class SnapshotStoreTests : DatabaseTest
{
    private static readonly DateOnly Start = new(2025, 6, 2);

    // 40 bars rising by 0.1 from 100: phase B (markup), no events.
    private static WyckoffSnapshot Snapshot(WyckoffParameters parameters)
    {
        var bars = Enumerable.Range(0, 40).Select(i => new Bar(Start.AddDays(i), 100 + (0.1 * i), 100.5 + (0.1 * i), 99.5 + (0.1 * i), 100 + (0.1 * i), 1000)).ToArray();
        return WyckoffAnalyzer.Analyze("SPY", bars, parameters);
    }

    private async Task StoreAsync(WyckoffSnapshot snapshot)
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        await SnapshotStore.UpsertAsync(tx, snapshot, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private async Task<string> StoredContentAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>(
            "SELECT md5(string_agg(row_to_json(v)::jsonb - 'computed_at' #>> '{}', '|' ORDER BY ticker, session_date, model_version)) FROM snapshot_versions v") ?? "";
    }

    [Test]
    public async Task A_stored_snapshot_carries_the_phase_and_the_sequence_fields()
    {
        var snapshot = Snapshot(WyckoffParameters.Default);
        await StoreAsync(snapshot);

        var row = (await new SnapshotStore(DataSource).SnapshotsAsync(snapshot.SessionDate, CancellationToken.None)).Single();
        Assert.That((row.Ticker, row.Phase, row.PhaseSubStage, row.ModelVersion), Is.EqualTo(("SPY", "B", "trend", "wyckoff-1.5.0")));
        Assert.That(row.PhaseScore, Is.EqualTo(snapshot.Phase.Score));
        Assert.That(row.CompositeScore, Is.EqualTo(snapshot.CompositeScore));
        Assert.That(row.Sequence!["sequence_position"]!.GetValue<int>(), Is.Zero);
        Assert.That(row.Sequence!["pattern_completion_pct"]!.GetValue<double>(), Is.Zero);
        Assert.That(row.Checklist!["buying"]!.AsArray(), Has.Count.EqualTo(9));
        Assert.That(row.Checklist!["selling"]![3]!["reason"]!.GetValue<string>(), Is.EqualTo("no market series is among the inputs"));
    }

    [Test]
    public async Task Recomputing_a_session_stores_byte_identical_content_in_one_row()
    {
        await StoreAsync(Snapshot(WyckoffParameters.Default));
        var first = await StoredContentAsync();

        await StoreAsync(Snapshot(WyckoffParameters.Default));

        Assert.That(await StoredContentAsync(), Is.EqualTo(first));
        await using var connection = await DataSource.OpenConnectionAsync();
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM snapshot_versions"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_rerun_that_no_longer_raises_an_alert_removes_it_and_leaves_other_tickers_alerts()
    {
        var snapshot = Snapshot(WyckoffParameters.Default);
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            // What an older model version left: an entry alert on SPY and an exit alert on QQQ for the same session.
            await connection.ExecuteAsync(
                "INSERT INTO alerts (ticker, session_date, kind, score) VALUES ('SPY', @session, 'SPRING_ENTRY', 9), ('QQQ', @session, 'SOW_REDUCE', 4)",
                new { session = snapshot.SessionDate });
        }

        // The rising series raises nothing under the current model; only SPY is reanalysed.
        Assert.That(SnapshotStore.Alerts(snapshot), Is.Empty);
        await StoreAsync(snapshot);

        await using var check = await DataSource.OpenConnectionAsync();
        var left = await check.QueryAsync<(string Ticker, string Kind)>("SELECT ticker, kind FROM alerts ORDER BY ticker");
        Assert.That(left, Is.EqualTo(new[] { ("QQQ", "SOW_REDUCE") }));
    }

    [Test]
    public async Task A_new_model_version_adds_rows_keeps_the_old_and_readers_see_the_latest()
    {
        await StoreAsync(Snapshot(WyckoffParameters.Default));
        var changed = WyckoffParameters.Default with { TrendSlopeFull = 0.01, ModelVersion = "wyckoff-test-2" };
        await StoreAsync(Snapshot(changed));

        await using var connection = await DataSource.OpenConnectionAsync();
        var versions = await connection.QueryAsync<(string Version, double Score)>(
            "SELECT model_version, phase_score::float8 FROM snapshot_versions ORDER BY model_version");
        Assert.That(versions, Is.EqualTo(new[]
        {
            ("wyckoff-1.5.0", Snapshot(WyckoffParameters.Default).Phase.Score), ("wyckoff-test-2", Snapshot(changed).Phase.Score),
        }));
        var session = Start.AddDays(39);
        var current = await connection.QueryAsync<(string Ticker, string Phase)>(
            "SELECT ticker, phase::text FROM wyckoff.snapshots WHERE ticker = 'SPY' AND session_date = @session", new { session });
        Assert.That(current, Is.EqualTo(new[] { ("SPY", "B") }), "one row per (ticker, session) for the Recommendation service");
        var api = (await new SnapshotStore(DataSource).SnapshotsAsync(session, CancellationToken.None)).Single();
        Assert.That(api.ModelVersion, Is.EqualTo("wyckoff-test-2"));
    }

    /// <summary>
    /// SPY, QQQ and IWM on 2011-10-04 (LEAN raw daily; SPY's spring there raises SPRING_ENTRY, the daily-run test's
    /// session) and the rising series: one <see cref="SnapshotStore.UpsertAllAsync"/> call must store exactly what one
    /// <see cref="SnapshotStore.UpsertAsync"/> per snapshot stores, rows and alerts, nulls included.
    /// </summary>
    [Test]
    public async Task Many_snapshots_in_one_call_store_what_one_call_each_stores()
    {
        var session = new DateOnly(2011, 10, 4);
        var snapshots = new[] { "IWM", "QQQ", "SPY" }
            .Select(t => WyckoffAnalyzer.Analyze(t, ReadLean(t).Where(b => b.Date >= session.AddDays(-200) && b.Date <= session).ToArray(), WyckoffParameters.Default))
            .Append(Snapshot(WyckoffParameters.Default))
            .ToArray();
        Assert.That(snapshots.Select(s => s.AlertKind), Has.Some.Not.Null.And.Some.Null, "the data should cover an alert and its absence");
        Assert.That(snapshots.Select(s => s.TradeSignal), Has.Some.Null, "and a null column");

        foreach (var snapshot in snapshots)
        {
            await StoreAsync(snapshot);
        }

        var singly = (await StoredContentAsync(), await StoredAlertsAsync());
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("TRUNCATE snapshot_versions, alerts");
        }

        using (var signal = new OutboxSignal())
        {
            await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
            await SnapshotStore.UpsertAllAsync(tx, snapshots, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        Assert.That((await StoredContentAsync(), await StoredAlertsAsync()), Is.EqualTo(singly));
        Assert.That(singly.Item2.Split('|'), Has.Length.EqualTo(snapshots.Count(s => s.AlertKind is not null)));
    }

    private async Task<string> StoredAlertsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return string.Join('|', await connection.QueryAsync<string>(
            "SELECT concat_ws(',', ticker, session_date, kind, score) FROM alerts ORDER BY ticker, session_date, kind"));
    }

    private static IReadOnlyList<Bar> ReadLean(string ticker)
    {
        using var file = File.OpenRead(RepoFiles.SharedData("history", "lean_daily_raw", $"{ticker}.csv.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return BarCsvReader.Read(reader);
    }
}
