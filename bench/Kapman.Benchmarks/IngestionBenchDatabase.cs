using Dapper;
using Kapman.Ingestion.Data;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Benchmarks;

/// <summary>
/// A throw-away database (<c>kapman_bench_ingestion_*</c>) with the ingestion schema migrated, for the ingestion
/// benchmarks. Administrator connection from <c>KAPMAN_BENCH_PG_ADMIN</c>, default postgres/postgres on 127.0.0.1:5432.
/// </summary>
public sealed class IngestionBenchDatabase : IAsyncDisposable
{
    private static readonly string Admin = Environment.GetEnvironmentVariable("KAPMAN_BENCH_PG_ADMIN")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres;Pooling=false";

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
        var name = "kapman_bench_ingestion_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new NpgsqlConnection(Admin))
        {
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        }

        var csb = new NpgsqlConnectionStringBuilder(Admin) { Database = name, SearchPath = "market", Pooling = true };
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        var dataSource = NpgsqlDataSource.Create(csb.ConnectionString);
        var schema = new ServiceSchema("market", typeof(BarStore).Assembly);
        await new MigrationRunner(dataSource, schema, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        return new IngestionBenchDatabase(name, dataSource, csb.ConnectionString);
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
}
