using Dapper;
using Npgsql;

namespace Kapman.IntegrationTests;

/// <summary>
/// How the suite under test keeps its data (issue 17 §1): one database per service (the default here, and what a deploy
/// uses), or the shared database (<c>KAPMAN_IT_DATABASES=shared</c>, what <c>./kapman.sh demo</c> uses). With one per
/// service the tests still read every service's tables by their schema-qualified names in the test database: after the
/// services have migrated, each owner's schemas are imported into it as <c>postgres_fdw</c> foreign tables. Statements
/// that must reach the real table (DDL) go to the owner's database through <see cref="OwnerOf"/>.
/// </summary>
internal static class DatabaseLayout
{
    private const string LinkServerSql = """
        SELECT set_config('kapman_it.server', @server, false), set_config('kapman_it.database', @database, false);
        DO $$
        BEGIN
            EXECUTE format('CREATE SERVER %I FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)',
                current_setting('kapman_it.server'), '/var/run/postgresql', '5432', current_setting('kapman_it.database'));
            EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER %I OPTIONS (user %L)', current_setting('kapman_it.server'), 'postgres');
        END $$;
        """;

    private const string ImportSchemaSql = """
        SELECT set_config('kapman_it.server', @server, false), set_config('kapman_it.schema', @schema, false);
        DO $$
        BEGIN
            EXECUTE format('CREATE SCHEMA %I', current_setting('kapman_it.schema'));
            EXECUTE format('IMPORT FOREIGN SCHEMA %I FROM SERVER %I INTO %I',
                current_setting('kapman_it.schema'), current_setting('kapman_it.server'), current_setting('kapman_it.schema'));
        END $$;
        """;

    private const string SchemasSql = """
        SELECT nspname FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\_%' AND nspname NOT IN ('information_schema', 'public', 'adoption_probe')
        ORDER BY 1
        """;

    private static readonly Dictionary<string, NpgsqlDataSource> Owners = new(StringComparer.Ordinal);

    /// <summary>True unless <c>KAPMAN_IT_DATABASES=shared</c>.</summary>
    public static bool PerService { get; } = Environment.GetEnvironmentVariable("KAPMAN_IT_DATABASES") switch
    {
        null or "" or "per-service" => true,
        "shared" => false,
        var other => throw new InvalidOperationException($"KAPMAN_IT_DATABASES is '{other}'; expected per-service or shared."),
    };

    /// <summary>The databases the services log in to: each owner's, or the one shared test database.</summary>
    public static IReadOnlyList<string> ServiceDatabases { get; } = PerService
        ? [.. AppHost.Suite.ServiceDatabases.Owners.Select(OwnDatabaseOf)]
        : [Infrastructure.Database];

    /// <summary>Where the reset puts a schema made "before the suite managed roles": ingestion's database when split.</summary>
    public static string LegacyProbeDatabase => ServiceDatabases[0];

    /// <summary>The suite's setting for this layout.</summary>
    public static string AppHostSetting => $"--Kapman:Data:DatabasePerService={(PerService ? "true" : "false")}";

    /// <summary>Schema → the database that really holds it (filled by <see cref="LinkAsync"/>).</summary>
    public static Dictionary<string, string> SchemaHomes { get; } = new(StringComparer.Ordinal);

    /// <summary><c>kapman_it_&lt;service&gt;</c>.</summary>
    public static string OwnDatabaseOf(string service) =>
        new NpgsqlConnectionStringBuilder(AppHost.Suite.ServiceDatabases.For(Infrastructure.ConnectionString, service)).Database!;

    /// <summary>
    /// After the services migrated: records where each schema lives and, with one database per service, imports every
    /// owner's schemas into the test database so one connection reads them all.
    /// </summary>
    public static async Task LinkAsync()
    {
        await using var test = new NpgsqlConnection(Infrastructure.ConnectionString);
        await test.OpenAsync();
        if (PerService)
        {
            await test.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS postgres_fdw");
        }

        foreach (var database in ServiceDatabases)
        {
            await using var owner = new NpgsqlConnection(LocalServers.Postgres(database));
            await owner.OpenAsync();
            var schemas = (await owner.QueryAsync<string>(SchemasSql)).ToList();
            Assert.That(schemas, Is.Not.Empty, $"{database} holds no schema: did its service migrate?");
            foreach (var schema in schemas)
            {
                SchemaHomes[schema] = database;
            }

            if (!PerService)
            {
                continue;
            }

            var server = "it_" + database;
            await test.ExecuteAsync(LinkServerSql, new { server, database });
            foreach (var schema in schemas)
            {
                await test.ExecuteAsync(ImportSchemaSql, new { server, schema });
            }
        }
    }

    /// <summary>Drops the pooled connections to the owners' databases (after a PostgreSQL restart they are all broken).</summary>
    public static void ClearPools()
    {
        lock (Owners)
        {
            foreach (var source in Owners.Values)
            {
                source.Clear();
            }
        }
    }

    /// <summary>The database that really holds <paramref name="schema"/> (the shared one, or its owner's).</summary>
    /// <exception cref="AssertionException">No service database holds it.</exception>
    public static NpgsqlDataSource OwnerOf(string schema)
    {
        if (!SchemaHomes.TryGetValue(schema, out var database))
        {
            throw new AssertionException($"No service database holds schema '{schema}' (known: {string.Join(", ", SchemaHomes.Keys)}).");
        }

        lock (Owners)
        {
            if (!Owners.TryGetValue(database, out var source))
            {
                source = NpgsqlDataSource.Create(LocalServers.Postgres(database));
                Owners[database] = source;
            }

            return source;
        }
    }
}
