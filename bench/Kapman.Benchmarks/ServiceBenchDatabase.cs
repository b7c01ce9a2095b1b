using Dapper;
using Kapman.Ingestion.Data;
using Kapman.MarketData;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Benchmarks;

/// <summary>
/// A throw-away database (<c>kapman_bench_{schema}_*</c>, <see cref="BenchPostgres"/>) for a service's daily-step
/// benchmark: Ingestion's migrations build <c>market.daily_bars</c> (month partitions) loaded with the given bars, and
/// the service's own migrations build its schema (with its outbox), as in the suite.
/// </summary>
public sealed class ServiceBenchDatabase : IAsyncDisposable
{
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
        var name = await BenchPostgres.CreateDatabaseAsync($"kapman_bench_{service.Name}_");
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        await using (var market = NpgsqlDataSource.Create(BenchPostgres.ConnectionString(name, "market")))
        {
            await new MigrationRunner(market, new ServiceSchema("market", typeof(BarStore).Assembly), NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
            await LoadAsync(market, bars);
        }

        var dataSource = NpgsqlDataSource.Create(BenchPostgres.ConnectionString(name, service.Name));
        await new MigrationRunner(dataSource, service, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        return new ServiceBenchDatabase(name, dataSource);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await BenchPostgres.DropDatabaseAsync(Name);
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
