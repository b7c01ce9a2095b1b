using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Npgsql;

namespace Kapman.Benchmarks;

/// <summary>
/// A throw-away database (<c>kapman_bench_execution_*</c>, <see cref="BenchPostgres"/>) for the execution benchmark: the Options
/// service's read contract faked beside the service's schema (<c>options_api.contracts_v1</c> and <c>dealer_metrics_v1</c> as tables,
/// which <c>ConnectionStrings:options</c> defaults to), holding one contract, and Ingestion's <c>market_api.daily_bars_v1</c> (empty: the
/// risk book reads it before an entry's first rung); the service applies its own migrations at start.
/// </summary>
public sealed class ExecutionBenchDatabase : IAsyncDisposable
{
    private ExecutionBenchDatabase(string name, NpgsqlDataSource dataSource)
    {
        Name = name;
        DataSource = dataSource;
    }

    /// <summary>The database name.</summary>
    public string Name { get; }

    /// <summary>Connections with search_path = execution (the service's schema).</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The service's connection string (no search path: the service sets its own).</summary>
    public string ServiceConnectionString => new NpgsqlConnectionStringBuilder(BenchPostgres.ConnectionString(Name, "execution")) { SearchPath = null }.ConnectionString;

    /// <summary>Creates the database with the faked read contract and <paramref name="contract"/> quoted at bid/ask on <paramref name="asOf"/>.</summary>
    public static async Task<ExecutionBenchDatabase> CreateAsync(string contract, string underlying, DateOnly expiration, double strike, double bid, double ask, DateOnly asOf)
    {
        var name = await BenchPostgres.CreateDatabaseAsync("kapman_bench_execution_");
        var dataSource = NpgsqlDataSource.Create(BenchPostgres.ConnectionString(name, "execution"));
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            CREATE SCHEMA options_api;
            CREATE TABLE options_api.contracts_v1 (occ_symbol text, option_right text, expiration date, strike double precision, bid double precision,
                ask double precision, delta double precision, open_interest bigint, as_of date, underlying text);
            CREATE TABLE options_api.dealer_metrics_v1 (underlying text, as_of date, spot double precision);
            CREATE SCHEMA market_api;
            CREATE TABLE market_api.daily_bars_v1 (ticker text, session_date date, open double precision, high double precision, low double precision,
                close double precision, volume bigint);
            INSERT INTO options_api.contracts_v1 VALUES (@contract, 'call', @expiration, @strike, @bid, @ask, 0.45, 1000, @asOf, @underlying);
            """,
            new { contract, underlying, expiration = expiration.ToDateTime(TimeOnly.MinValue), strike, bid, ask, asOf = asOf.ToDateTime(TimeOnly.MinValue) });
        return new ExecutionBenchDatabase(name, dataSource);
    }

    /// <summary>
    /// When the paper broker stored the first rung of each recommendation's order (<c>paper_orders.created_at</c>, stamped by the service
    /// in the transaction that stores the order), by recommendation id; recommendations not yet at the broker are absent.
    /// </summary>
    public async Task<Dictionary<Guid, DateTime>> FirstRungsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(Guid Recommendation, DateTime At)>(
            """
            SELECT o.recommendation_id, p.created_at
            FROM paper_orders p JOIN walk_steps w ON w.client_tag = p.tag AND w.step = 0 JOIN orders o ON o.id = w.order_id
            """);
        return rows.ToDictionary(r => r.Recommendation, r => r.At);
    }

    /// <summary>
    /// The baseline: <paramref name="count"/> rows like the paper broker's orders (same columns, legs as jsonb) inserted one per transaction
    /// through Npgsql into a scratch copy of <c>paper_orders</c>; returns the elapsed time.
    /// </summary>
    public async Task<TimeSpan> InsertBaselineAsync(int count, string contract)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("DROP TABLE IF EXISTS bench_paper_orders; CREATE TABLE bench_paper_orders (LIKE paper_orders INCLUDING ALL)");
        var legs = JsonSerializer.Serialize(new[] { new { occSymbol = contract, side = "BuyToOpen", quantity = 1 } });
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var tx = await connection.BeginTransactionAsync();
            var now = DateTime.UtcNow;
            await connection.ExecuteAsync(
                """
                INSERT INTO bench_paper_orders (id, tag, order_class, underlying, order_type, legs, quantity, limit_price, status, executed_quantity, created_at, updated_at)
                VALUES (@id, @tag, 'option', 'SPY', 'limit', CAST(@legs AS jsonb), 1, 2.55, 'Filled', 1, @now, @now)
                """,
                new { id = $"BENCH-{i}", tag = $"bench-{Guid.NewGuid():N}-0", legs, now }, tx);
            await tx.CommitAsync();
        }

        return clock.Elapsed;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await BenchPostgres.DropDatabaseAsync(Name);
    }
}
