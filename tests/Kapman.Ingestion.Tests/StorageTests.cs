using System.Net.Http.Json;
using Dapper;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>Monthly partitions, rolling retention by NYSE sessions and the read-only role.</summary>
public class StorageTests
{
    private static DailyBar Bar(DateOnly day) => new("SPY", day, 500, 501, 499, 500, 1000, 10);

    [Test]
    public async Task Retention_keeps_the_last_n_sessions_by_dropping_whole_months_then_deleting_at_the_edge()
    {
        using var files = new TestFlatFiles();
        DateOnly[] days = [new(2024, 1, 30), new(2024, 1, 31), new(2024, 2, 1), new(2024, 2, 2), new(2024, 2, 26), new(2024, 3, 1), new(2024, 3, 4)];
        foreach (var day in days)
        {
            files.Write(day, [Bar(day)]);
        }

        await using var host = await IngestionTestHost.StartAsync(files.Root, retentionSessions: 5);
        using var client = host.Client();
        (await client.PostAsJsonAsync("/backfill", new { from = "2024-01-30", to = "2024-03-04" })).EnsureSuccessStatusCode();

        // 5 sessions ending 2024-03-04: 03-04, 03-01, 02-29, 02-28, 02-27 (no holiday between) → first kept 2024-02-27.
        await using var connection = await host.OpenAsync();
        var kept = (await connection.QueryAsync<DateOnly>("SELECT session_date FROM market.daily_bars ORDER BY 1")).ToList();
        var partitions = (await connection.QueryAsync<string>(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'market.daily_bars'::regclass ORDER BY 1")).ToList();
        Assert.That(kept, Is.EqualTo(new[] { new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 4) }));
        Assert.That(partitions, Is.EqualTo(new[] { "daily_bars_2024_02", "daily_bars_2024_03" }), "January dropped whole; February is the edge");
    }

    [Test]
    public async Task Bars_are_partitioned_by_month_indexed_for_ticker_ranges_and_readable_by_the_reader_role()
    {
        using var files = new TestFlatFiles();
        var day = new DateOnly(2025, 8, 26);
        files.Write(day, [Bar(day)]);
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();
        (await client.PostAsJsonAsync("/backfill", new { from = "2025-08-26", to = "2025-08-26" })).EnsureSuccessStatusCode();

        await using var connection = await host.OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<string>("SELECT partstrat::text FROM pg_partitioned_table WHERE partrelid = 'market.daily_bars'::regclass"), Is.EqualTo("r"));
        Assert.That(await connection.ExecuteScalarAsync<string>("SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE oid = 'market.daily_bars_2025_08'::regclass"),
            Is.EqualTo("FOR VALUES FROM ('2025-08-01') TO ('2025-09-01')"));
        var plan = string.Join('\n', await connection.QueryAsync<string>(
            "EXPLAIN SELECT * FROM market.daily_bars WHERE ticker = 'SPY' AND session_date BETWEEN '2025-08-01' AND '2025-08-31'"));
        Assert.That(plan, Does.Contain("daily_bars_2025_08").And.Not.Contains("daily_bars_2025_07"), plan);
        Assert.That(await connection.ExecuteScalarAsync<string>(
            "SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'market.daily_bars'::regclass AND indisprimary"), Does.Contain("(ticker, session_date)"));
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT has_table_privilege('kapman_market_reader', 'market.daily_bars', 'SELECT')"), Is.True);
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT has_table_privilege('kapman_market_reader', 'market.split_factors', 'SELECT')"), Is.True);
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT has_table_privilege('kapman_market_reader', 'market.daily_bars', 'INSERT')"), Is.False);
    }
}
