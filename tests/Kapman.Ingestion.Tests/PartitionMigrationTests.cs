using Dapper;

namespace Kapman.Ingestion.Tests;

/// <summary>Migration 004 converts an existing, filled, unpartitioned <c>daily_bars</c> (migration 001) without losing a row.</summary>
public class PartitionMigrationTests
{
    [Test]
    public async Task Existing_bars_survive_the_switch_to_monthly_partitions()
    {
        using var files = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(files.Root, seed: async connection =>
        {
            var assembly = typeof(Kapman.Ingestion.Data.BarStore).Assembly;
            await using var stream = assembly.GetManifestResourceStream("Kapman.Ingestion.Data.Migrations.001_market.sql")
                ?? throw new InvalidOperationException("001_market.sql is not embedded");
            var script = await new StreamReader(stream).ReadToEndAsync();
            await connection.ExecuteAsync("CREATE SCHEMA market; SET search_path TO market; " + script);
            await connection.ExecuteAsync(
                """
                CREATE TABLE market.schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                INSERT INTO market.schema_migrations (version) VALUES ('001_market');
                INSERT INTO market.daily_bars (ticker, session_date, open, high, low, close, volume, transactions) VALUES
                    ('SPY', '2024-12-31', 590, 592, 586, 586.08, 57052700, 1),
                    ('SPY', '2025-01-02', 589.39, 591.13, 580.5, 584.64, 50204000, NULL),
                    ('QQQ', '2025-02-03', 513.8, 520.3, 510.9, 518.1, 41000000, 7);
                """);
        });

        await using var db = await host.OpenAsync();
        var rows = (await db.QueryAsync<(string Ticker, DateOnly Day, double Close, long? Transactions)>(
            "SELECT ticker, session_date, close, transactions FROM market.daily_bars ORDER BY session_date")).ToList();
        var partitions = (await db.QueryAsync<string>(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'market.daily_bars'::regclass ORDER BY 1")).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            ("SPY", new DateOnly(2024, 12, 31), 586.08, (long?)1), ("SPY", new DateOnly(2025, 1, 2), 584.64, (long?)null), ("QQQ", new DateOnly(2025, 2, 3), 518.1, (long?)7),
        }));
        Assert.That(partitions, Is.EqualTo(new[] { "daily_bars_2024_12", "daily_bars_2025_01", "daily_bars_2025_02" }));
        Assert.That(await db.ExecuteScalarAsync<bool>("SELECT to_regclass('market.daily_bars_unpartitioned') IS NULL"), Is.True, "the old table is gone");
    }
}
