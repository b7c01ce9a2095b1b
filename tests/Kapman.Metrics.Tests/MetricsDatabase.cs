using Dapper;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Metrics.Tests;

/// <summary>A throw-away PostgreSQL database (kapman_metrics_test_*) with the metrics schema migrated.</summary>
internal sealed class MetricsDatabase : IAsyncDisposable
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
    private readonly string _name = "kapman_metrics_test_" + Guid.NewGuid().ToString("N")[..12];

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public static async Task<MetricsDatabase> CreateAsync()
    {
        var database = new MetricsDatabase();
        try
        {
            await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE \"{database._name}\"");
        }
        catch (NpgsqlException ex)
        {
            Assert.Fail($"PostgreSQL on 127.0.0.1:5432 (postgres/postgres) is needed for this test: {ex.Message}");
        }

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        database.DataSource = new NpgsqlDataSourceBuilder($"{Server};Database={database._name};Search Path=metrics").Build();
        var schema = new ServiceSchema("metrics", typeof(Kapman.Metrics.Data.IndicatorStore).Assembly);
        await new MigrationRunner(database.DataSource, schema, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }
}
