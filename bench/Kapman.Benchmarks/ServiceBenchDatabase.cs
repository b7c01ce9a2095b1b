using Dapper;
using Kapman.Ingestion.Data;
using Kapman.Metrics.Core;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Benchmarks;

/// <summary>
/// A throw-away database (<c>kapman_bench_{schema}_*</c>) for a service's daily-step benchmark: Ingestion's migrations
/// build <c>market.daily_bars</c> (month partitions) loaded with the given bars, and the service's own migrations build
/// its schema (with its outbox), as in the suite. Administrator connection from <c>KAPMAN_BENCH_PG_ADMIN</c>, default
/// postgres/postgres on 127.0.0.1:5432.
/// </summary>
public sealed class ServiceBenchDatabase : IAsyncDisposable
{
    private static readonly string Admin = Environment.GetEnvironmentVariable("KAPMAN_BENCH_PG_ADMIN")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres;Pooling=false";

    private ServiceBenchDatabase(string name, NpgsqlDataSource dataSource)
    {
        Name = name;
        DataSource = dataSource;
    }

    /// <summary>The database name.</summary>
    public string Name { get; }

    /// <summary>Connections with search_path = the service's schema, as the service's own (market is read schema-qualified).</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Creates the database, applies both services' migrations and loads <paramref name="bars"/> with binary COPY.</summary>
    /// <param name="service">The service's schema and the assembly holding its migrations, e.g. <c>metrics</c>.</param>
    /// <param name="bars">Daily bars by ticker, stored in <c>market.daily_bars</c>.</param>
    public static async Task<ServiceBenchDatabase> CreateAsync(ServiceSchema service, IReadOnlyDictionary<string, Bar[]> bars)
    {
        ArgumentNullException.ThrowIfNull(service);
        var name = $"kapman_bench_{service.Name}_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new NpgsqlConnection(Admin))
        {
            await admin.OpenAsync();
            // CREATE DATABASE takes no parameters; the name is built above from a GUID.
            await admin.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        }

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        var csb = new NpgsqlConnectionStringBuilder(Admin) { Database = name, Pooling = true };
        await using (var market = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(csb.ConnectionString) { SearchPath = "market" }.ConnectionString))
        {
            await new MigrationRunner(market, new ServiceSchema("market", typeof(BarStore).Assembly), NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
            await LoadAsync(market, bars);
        }

        csb.SearchPath = service.Name;
        var dataSource = NpgsqlDataSource.Create(csb.ConnectionString);
        await new MigrationRunner(dataSource, service, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        return new ServiceBenchDatabase(name, dataSource);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Admin);
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task LoadAsync(NpgsqlDataSource market, IReadOnlyDictionary<string, Bar[]> bars)
    {
        await using var connection = await market.OpenConnectionAsync();
        var months = bars.Values.SelectMany(b => b).Select(b => new DateOnly(b.Date.Year, b.Date.Month, 1)).Distinct().ToArray();
        await connection.ExecuteAsync("SELECT market.ensure_daily_bars_partition(m) FROM unnest(@Months) AS m", new { Months = months });
        await using (var copy = await connection.BeginBinaryImportAsync("COPY market.daily_bars (ticker, session_date, open, high, low, close, volume) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (ticker, series) in bars)
            {
                foreach (var bar in series)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(ticker, NpgsqlDbType.Text);
                    await copy.WriteAsync(bar.Date, NpgsqlDbType.Date);
                    await copy.WriteAsync(bar.Open, NpgsqlDbType.Double);
                    await copy.WriteAsync(bar.High, NpgsqlDbType.Double);
                    await copy.WriteAsync(bar.Low, NpgsqlDbType.Double);
                    await copy.WriteAsync(bar.Close, NpgsqlDbType.Double);
                    await copy.WriteAsync((long)bar.Volume, NpgsqlDbType.Bigint);
                }
            }

            await copy.CompleteAsync();
        }

        await connection.ExecuteAsync("ANALYZE market.daily_bars");
    }
}
