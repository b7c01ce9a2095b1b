using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Data;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// <see cref="BarMerge.MergeAsync"/> on real PostgreSQL: new rows are stored, changed rows updated, unchanged rows not rewritten
/// (their tuple's <c>xmin</c> stays), and a row that another load commits under the merge is not lost or duplicated.
/// </summary>
public class BarMergeTests
{
    private static readonly DateOnly Day = new(2025, 8, 26);

    [Test]
    public async Task A_merge_copies_the_new_rows_updates_the_changed_one_and_leaves_the_unchanged_one_untouched()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("SELECT ensure_daily_bars_partition(@Day)", new { Day });
        await StoreAsync(connection, [Bar("AAA", 10), Bar("BBB", 20)]);
        var before = await XminAsync(connection);

        var inserted = await StoreAsync(connection, [Bar("AAA", 10), Bar("BBB", 21), Bar("CCC", 30)]);

        var after = await XminAsync(connection);
        Assert.Multiple(async () =>
        {
            Assert.That(inserted, Is.EqualTo(1), "CCC only");
            Assert.That(after["AAA"], Is.EqualTo(before["AAA"]), "the unchanged row is not rewritten");
            Assert.That(after["BBB"], Is.Not.EqualTo(before["BBB"]), "the changed row is updated");
            Assert.That(await connection.QueryAsync<(string, double, long?)>("SELECT ticker, close, transactions FROM daily_bars ORDER BY ticker"),
                Is.EqualTo(new[] { ("AAA", 10.0, (long?)null), ("BBB", 21.0, null), ("CCC", 30.0, null) }));
        });
    }

    [Test]
    public async Task A_row_committed_by_another_load_under_the_merge_is_kept_once_with_the_merged_values()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("SELECT ensure_daily_bars_partition(@Day)", new { Day });
        await StoreAsync(connection, [Bar("AAA", 10)]);

        // Another load inserts BBB and has not committed when the merge reads the stored rows: the merge's COPY of BBB waits on
        // that row's key, then fails as a duplicate once the other load commits.
        await using var other = await db.DataSource.OpenConnectionAsync();
        await using var otherTx = await other.BeginTransactionAsync();
        await other.ExecuteAsync("INSERT INTO daily_bars (ticker, session_date, open, high, low, close, volume) VALUES ('BBB', @Day, 1, 1, 1, 1, 1)", new { Day }, otherTx);
        var merging = StoreAsync(connection, [Bar("AAA", 10), Bar("BBB", 20), Bar("CCC", 30)]);
        await LockWait.UntilABackendWaitsAsync(db.DataSource, "the merge's COPY, held up by the other load's uncommitted row");
        await otherTx.CommitAsync();
        var inserted = await merging.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Multiple(async () =>
        {
            Assert.That(inserted, Is.EqualTo(1), "CCC only: BBB was stored by the other load when the upsert ran");
            Assert.That(await connection.QueryAsync<(string, double)>("SELECT ticker, close FROM daily_bars ORDER BY ticker"),
                Is.EqualTo(new[] { ("AAA", 10.0), ("BBB", 20.0), ("CCC", 30.0) }));
        });
    }

    private static async Task<int> StoreAsync(NpgsqlConnection connection, DailyBar[] bars)
    {
        await using var tx = await connection.BeginTransactionAsync();
        var inserted = await BarMerge.MergeAsync(connection, tx, [new SessionFileParseResult(Day, bars, [])], CancellationToken.None);
        await tx.CommitAsync();
        return inserted[Day];
    }

    private static DailyBar Bar(string ticker, double close) => new(ticker, Day, close, close, close, close, 1_000, null);

    private static async Task<Dictionary<string, string>> XminAsync(NpgsqlConnection connection) =>
        (await connection.QueryAsync<(string Ticker, string Xmin)>("SELECT ticker, xmin::text FROM daily_bars")).ToDictionary(r => r.Ticker, r => r.Xmin);
}
