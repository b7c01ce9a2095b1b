using Dapper;
using Kapman.ServiceDefaults.Data;
using Kapman.Wyckoff.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// A database of the test's own, created with the Wyckoff migrations before each test and dropped after it;
/// fails with a clear message when PostgreSQL (127.0.0.1:5432, postgres/postgres) is not reachable.
/// </summary>
public abstract class DatabaseTest
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
    private string name = "";

    /// <summary>The test database, search path <c>wyckoff</c>.</summary>
    protected NpgsqlDataSource DataSource { get; private set; } = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        name = "kapman_wyckofftest_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE {name}");
        }
        catch (NpgsqlException e)
        {
            Assert.Fail($"PostgreSQL on 127.0.0.1:5432 (postgres/postgres) is needed: {e.Message}");
        }

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        DataSource = new NpgsqlDataSourceBuilder($"{Server};Database={name};Search Path=wyckoff").Build();
        await new MigrationRunner(DataSource, new ServiceSchema("wyckoff", typeof(SnapshotStore).Assembly), NullLogger<MigrationRunner>.Instance)
            .MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }
}
