using System.Reflection;
using Dapper;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Testing;

/// <summary>
/// A throw-away PostgreSQL database (<c>kapman_test_&lt;schema&gt;_&lt;random&gt;</c>) for one test, with a
/// service's migrations applied the way the service applies them, dropped on dispose. Fails the test with a
/// clear message when PostgreSQL (the postgres superuser over the Unix socket, peer) is not reachable. Linked into the test
/// projects that set <c>UsesServiceDatabase</c> (they reference ServiceDefaults).
/// </summary>
internal sealed class ServiceTestDatabase : IAsyncDisposable
{
    private const string Server = $"Host={LocalServers.PostgresSocket};Port=5432;Username=postgres";

    private ServiceTestDatabase(string name, NpgsqlDataSource dataSource)
    {
        Name = name;
        DataSource = dataSource;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A data source whose search path is the service's schema, as the service's own.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>
    /// Creates the database and, when <paramref name="migrations"/> is given, applies that assembly's migrations to
    /// <paramref name="schema"/>; without it the schema is left for the test to create.
    /// </summary>
    public static async Task<ServiceTestDatabase> CreateAsync(string schema, Assembly? migrations)
    {
        var name = $"kapman_test_{schema}_{Guid.NewGuid():N}"[..40];
        try
        {
            await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
            await admin.OpenAsync();
            // CREATE DATABASE takes no parameters; the name is built above from a GUID and a schema identifier.
            await admin.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        }
        catch (NpgsqlException ex)
        {
            Assert.Fail($"PostgreSQL on 127.0.0.1:5432 (the postgres superuser over the Unix socket, peer) is needed for this test: {ex.Message}");
        }

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        var dataSource = new NpgsqlDataSourceBuilder($"{Server};Database={name};Search Path={schema}").Build();
        if (migrations is not null)
        {
            await new MigrationRunner(dataSource, new ServiceSchema(schema, migrations), NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
        }

        return new ServiceTestDatabase(name, dataSource);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
