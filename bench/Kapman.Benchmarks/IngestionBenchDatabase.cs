using Dapper;
using Kapman.Ingestion.Data;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Benchmarks;

/// <summary>
/// A throw-away database (<c>kapman_bench_ingestion_*</c>, <see cref="BenchPostgres"/>) with the ingestion schema
/// migrated, for the ingestion benchmarks.
/// </summary>
public sealed class IngestionBenchDatabase : IAsyncDisposable
{
    private IngestionBenchDatabase(string name, NpgsqlDataSource dataSource, string connectionString)
    {
        Name = name;
        DataSource = dataSource;
        ConnectionString = connectionString;
    }

    /// <summary>The database name.</summary>
    public string Name { get; }

    /// <summary>Connections with search_path = market.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The connection string (search_path = market).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates and migrates the database.</summary>
    public static async Task<IngestionBenchDatabase> CreateAsync()
    {
        var name = await BenchPostgres.CreateDatabaseAsync("kapman_bench_ingestion_");
        var connectionString = BenchPostgres.ConnectionString(name, "market");
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var schema = new ServiceSchema("market", typeof(BarStore).Assembly);
        await new MigrationRunner(dataSource, schema, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        return new IngestionBenchDatabase(name, dataSource, connectionString);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await BenchPostgres.DropDatabaseAsync(Name);
    }
}
