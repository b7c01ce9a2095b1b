using Dapper;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Options.Tests;

/// <summary>A throw-away PostgreSQL database (kapman_options_test_*) with the options schema migrated.</summary>
internal sealed class OptionsDatabase : IAsyncDisposable
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
    private readonly string name = "kapman_options_test_" + Guid.NewGuid().ToString("N")[..12];

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public static async Task<OptionsDatabase> CreateAsync()
    {
        var database = new OptionsDatabase();
        try
        {
            await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE \"{database.name}\"");
        }
        catch (NpgsqlException ex)
        {
            Assert.Fail($"PostgreSQL on 127.0.0.1:5432 (postgres/postgres) is needed for this test: {ex.Message}");
        }

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        database.DataSource = new NpgsqlDataSourceBuilder($"{Server};Database={database.name};Search Path=options").Build();
        var schema = new ServiceSchema("options", typeof(Kapman.Options.Data.ChainStore).Assembly);
        await new MigrationRunner(database.DataSource, schema, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}
