using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Loading;
using Kapman.MarketData.Calendar;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// A backfill writes a month that has no partition yet as one group that builds the partition whole
/// (<see cref="SessionWriter.WriteNewMonthAsync"/>): the month's partition is an ordinary attached partition with its primary key
/// afterwards, and when another load creates the partition under it (a daily load of one of its sessions), the month is stored
/// through the partition that load made, nothing lost or duplicated.
/// </summary>
public class NewMonthBackfillTests
{
    private static readonly DateOnly From = new(2025, 7, 1);
    private static readonly DateOnly To = new(2025, 8, 29);
    private static readonly DateOnly DailyLoaded = new(2025, 7, 15);

    [Test]
    public async Task New_months_become_keyed_partitions_holding_every_session()
    {
        using var files = Files(out var sessions);
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);

        var result = await BackfillAsync(db.DataSource, files.Root);

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var partitions = await connection.QueryAsync<(string, string, string)>(
            """
            SELECT c.relname, pg_get_expr(c.relpartbound, c.oid), i.indexrelid::regclass::text
            FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
            WHERE h.inhparent = 'market.daily_bars'::regclass ORDER BY 1
            """);
        Assert.Multiple(async () =>
        {
            Assert.That((result.Sessions, result.Rows, result.Inserted), Is.EqualTo((sessions.Count, 2 * sessions.Count, 2 * sessions.Count)));
            Assert.That(partitions, Is.EqualTo(new[]
            {
                ("daily_bars_2025_07", "FOR VALUES FROM ('2025-07-01') TO ('2025-08-01')", "daily_bars_2025_07_pkey"),
                ("daily_bars_2025_08", "FOR VALUES FROM ('2025-08-01') TO ('2025-09-01')", "daily_bars_2025_08_pkey"),
            }));
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_inherits WHERE inhparent = 'market.daily_bars_pkey'::regclass"), Is.EqualTo(2),
                "each month's key is a partition of the table's key");
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(DISTINCT (ticker, session_date)) FROM daily_bars"), Is.EqualTo(2 * sessions.Count));
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM ingestion_runs WHERE status = 'loaded'"), Is.EqualTo(sessions.Count));
        });
    }

    [Test]
    public async Task A_partition_another_load_creates_under_the_backfill_is_used_and_its_row_kept_once()
    {
        using var files = Files(out var sessions);
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);

        // A daily load of 2025-07-15 has made July's partition and stored its AAA bar, not yet committed when the backfill plans.
        await using var daily = await db.DataSource.OpenConnectionAsync();
        await using var dailyTx = await daily.BeginTransactionAsync();
        await daily.ExecuteAsync("SELECT ensure_daily_bars_partition(@DailyLoaded)", new { DailyLoaded }, dailyTx);
        await daily.ExecuteAsync("INSERT INTO daily_bars (ticker, session_date, open, high, low, close, volume) VALUES ('AAA', @DailyLoaded, 1, 1, 1, 1, 1)",
            new { DailyLoaded }, dailyTx);
        var backfill = BackfillAsync(db.DataSource, files.Root);
        await LockWait.UntilABackendWaitsAsync(db.DataSource, "the backfill's CREATE TABLE, held up by the daily load's uncommitted partition");
        await dailyTx.CommitAsync();
        var result = await backfill.WaitAsync(TimeSpan.FromMinutes(1));

        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Multiple(async () =>
        {
            Assert.That((result.Sessions, result.Rows, result.Inserted), Is.EqualTo((sessions.Count, 2 * sessions.Count, 2 * sessions.Count - 1)),
                "every session stored; the daily load's bar was there already");
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM daily_bars"), Is.EqualTo(2 * sessions.Count));
            Assert.That(await connection.ExecuteScalarAsync<double>("SELECT close FROM daily_bars WHERE ticker = 'AAA' AND session_date = @DailyLoaded", new { DailyLoaded }),
                Is.EqualTo(10), "the file's value");
        });
    }

    private static TestFlatFiles Files(out List<DateOnly> sessions)
    {
        sessions = [.. NyseCalendar.Sessions(From, To)];
        var files = new TestFlatFiles();
        foreach (var day in sessions)
        {
            files.Write(day, [new DailyBar("AAA", day, 10, 11, 9, 10, 1_000, 10), new DailyBar("BBB", day, 20, 22, 18, 20, 1_000, 10)]);
        }

        return files;
    }

    private static Task<Apis.BackfillResponse> BackfillAsync(NpgsqlDataSource dataSource, string root) =>
        DirectBackfill.RunAsync(dataSource, root, new BackfillPlan(From, To, Force: false));
}
