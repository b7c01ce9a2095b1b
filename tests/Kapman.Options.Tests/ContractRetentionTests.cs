using Dapper;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Tests;

/// <summary>Monthly partitions of <c>options.contracts</c> and the 90-day retention, on a PostgreSQL database of the test's own.</summary>
public sealed class ContractRetentionTests
{
    private static readonly DateOnly[] Sessions =
    [
        new(2025, 3, 14), new(2025, 4, 30), new(2025, 5, 27), new(2025, 5, 28), new(2025, 6, 2), new(2025, 8, 26),
    ];

    private static readonly DateOnly Today = new(2025, 8, 27);

    [Test]
    public async Task Writes_create_monthly_partitions_and_retention_drops_old_months_then_trims_the_edge()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        foreach (var session in Sessions)
        {
            await InTransaction(database, tx => ChainStore.WriteAsync(tx, Chain(session), Enrich(Chain(session)), Metrics(session), CancellationToken.None));
        }

        Assert.That(await Partitions(database), Is.EqualTo(new[] { "contracts_p202503", "contracts_p202504", "contracts_p202505", "contracts_p202506", "contracts_p202508" }));

        // 2025-08-26 − 90 days = 2025-05-28 (26 + 31 + 30 + 3 days back): March and April lie wholly before it, 2025-05-27 is the edge row.
        (int Partitions, int Rows) removed = default;
        await InTransaction(database, async tx => removed = await ContractRetention.ApplyAsync(tx, new DateOnly(2025, 8, 26), Today, 90, CancellationToken.None));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(removed, Is.EqualTo((2, 1)));
            Assert.That(await Partitions(database), Is.EqualTo(new[] { "contracts_p202505", "contracts_p202506", "contracts_p202508" }));
            Assert.That(await AsOfs(database), Is.EqualTo(new[] { new DateOnly(2025, 5, 28), new DateOnly(2025, 6, 2), new DateOnly(2025, 8, 26) }));
        });

        // Replaying an older session never removes newer contracts.
        await InTransaction(database, async tx => removed = await ContractRetention.ApplyAsync(tx, new DateOnly(2025, 5, 28), Today, 90, CancellationToken.None));
        Assert.That(removed, Is.EqualTo((0, 0)));
        Assert.That(await AsOfs(database), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task A_session_dated_after_today_counts_back_from_today_and_keeps_the_history()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        foreach (var session in Sessions)
        {
            await InTransaction(database, tx => ChainStore.WriteAsync(tx, Chain(session), Enrich(Chain(session)), Metrics(session), CancellationToken.None));
        }

        // A mis-dated 2099 session would put the cutoff in 2099 and delete every row; from today (2025-08-27) − 90 days = 2025-05-29,
        // only what lies before it goes: March, April and the two May rows.
        (int Partitions, int Rows) removed = default;
        await InTransaction(database, async tx => removed = await ContractRetention.ApplyAsync(tx, new DateOnly(2099, 12, 31), Today, 90, CancellationToken.None));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(removed, Is.EqualTo((2, 2)));
            Assert.That(await AsOfs(database), Is.EqualTo(new[] { new DateOnly(2025, 6, 2), new DateOnly(2025, 8, 26) }));
        });
    }

    [Test]
    public async Task Retention_of_zero_days_is_refused()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        await InTransaction(database, tx =>
        {
            Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ContractRetention.ApplyAsync(tx, new DateOnly(2025, 8, 26), Today, 0, CancellationToken.None));
            return Task.CompletedTask;
        });
    }

    [Test]
    public async Task Migration_003_converts_an_existing_unpartitioned_table_keeping_every_row()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", null);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("CREATE SCHEMA options; SET search_path TO options;");
            await connection.ExecuteAsync(Script("001_options") + Script("002_analytics"));
            await connection.ExecuteAsync(
                """
                INSERT INTO contracts (as_of, occ_symbol, underlying, option_right, expiration, strike, shares, volume, open_interest, iv, iv_source, greeks_source, dte)
                VALUES ('2025-07-31', 'SPY250919C00650000', 'SPY', 'call', '2025-09-19', 650, 100, 5, 10, 0.2, 'feed', 'none', 50),
                       ('2025-08-01', 'SPY250919C00650000', 'SPY', 'call', '2025-09-19', 650, 100, 6, 11, 0.21, 'feed', 'none', 49),
                       ('2025-08-26', 'SPY250919P00600000', 'SPY', 'put', '2025-09-19', 600, 100, 7, 12, 0.3, 'feed', 'none', 24);
                CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                INSERT INTO schema_migrations (version) VALUES ('001_options'), ('002_analytics');
                """);
        }

        await new Kapman.ServiceDefaults.Data.MigrationRunner(
            database.DataSource, new Kapman.ServiceDefaults.Data.ServiceSchema("options", typeof(ChainStore).Assembly),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Kapman.ServiceDefaults.Data.MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);

        await using var check = await database.DataSource.OpenConnectionAsync();
        var kind = await check.ExecuteScalarAsync<string>("SELECT relkind::text FROM pg_class WHERE oid = 'options.contracts'::regclass");
        var rows = (await check.QueryAsync<(DateOnly, string, long, double)>(
            "SELECT as_of, occ_symbol, volume, iv FROM options.contracts ORDER BY as_of")).ToList();
        var leftovers = await check.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relname LIKE 'contracts_unpartitioned%'");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(kind, Is.EqualTo("p"), "partitioned table");
            Assert.That(await Partitions(database), Is.EqualTo(new[] { "contracts_p202507", "contracts_p202508" }));
            Assert.That(rows, Is.EqualTo(new[]
            {
                (new DateOnly(2025, 7, 31), "SPY250919C00650000", 5L, 0.2),
                (new DateOnly(2025, 8, 1), "SPY250919C00650000", 6L, 0.21),
                (new DateOnly(2025, 8, 26), "SPY250919P00600000", 7L, 0.3),
            }));
            Assert.That(leftovers, Is.Zero);
        });
    }

    private static string Script(string version)
    {
        var assembly = typeof(ChainStore).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Data.Migrations.{version}.sql", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    private static async Task InTransaction(ServiceTestDatabase database, Func<OutboxTransaction, Task> work)
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None);
        await work(tx);
        await tx.CommitAsync(CancellationToken.None);
    }

    private static async Task<string[]> Partitions(ServiceTestDatabase database)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<string>(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'options.contracts'::regclass ORDER BY 1")).ToArray();
    }

    private static async Task<DateOnly[]> AsOfs(ServiceTestDatabase database)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<DateOnly>("SELECT as_of FROM options.contracts ORDER BY as_of")).ToArray();
    }

    private static OptionChainSnapshot Chain(DateOnly session)
    {
        var expiration = session.AddDays(30);
        var symbol = new OccSymbol("SPY", expiration, OptionRight.Call, 650m).ToString();
        var quote = new OptionQuote(symbol, "SPY", OptionRight.Call, expiration, 650, 100, 5.0, 5.2, 5.1, 10, 100, 0.2, null, null);
        return new OptionChainSnapshot("SPY", session, 645, null, [quote]);
    }

    private static IReadOnlyList<EnrichedContract> Enrich(OptionChainSnapshot chain) => ChainEnricher.Enrich(chain, PricingInputs.Default, AmericanPricing.Default);

    private static DealerMetrics Metrics(DateOnly session)
    {
        var chain = Chain(session);
        return DealerMetricsCalculator.Compute("SPY", session, chain.Spot, Enrich(chain));
    }
}
