using Dapper;
using Npgsql;

namespace Kapman.IntegrationTests;

/// <summary>
/// The services never run as a PostgreSQL superuser: the suite creates their login role, which owns what they create.
/// With one database per service (issue 17 §1), each service's schemas live in its own database and nowhere else.
/// </summary>
public class DatabaseRoleTests
{
    private static readonly string[] ServiceSchemas = ["market", "metrics", "options", "wyckoff", "recommendation", "execution", "notification"];

    private const string SchemaOwnersSql = """
        SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\_%' AND nspname NOT IN ('information_schema', 'public')
        """;

    [Test]
    public async Task Services_connect_as_kapman_app_which_is_not_a_superuser_and_owns_their_schemas()
    {
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var role = await connection.QuerySingleAsync<(bool Super, bool CreateRole, bool CreateDb)>(
            "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = 'kapman_app'");
        var connected = await connection.QuerySingleAsync<long>(
            "SELECT count(DISTINCT datname) FROM pg_stat_activity WHERE datname = ANY(@databases) AND usename = 'kapman_app'",
            new { databases = DatabaseLayout.ServiceDatabases.ToArray() });
        var owners = new List<(string Schema, string Owner)>();
        foreach (var database in DatabaseLayout.ServiceDatabases)
        {
            await using var owner = new NpgsqlConnection(LocalServers.Postgres(database));
            owners.AddRange(await owner.QueryAsync<(string, string)>(SchemaOwnersSql));
        }

        Assert.That(role, Is.EqualTo((false, false, false)));
        Assert.That(owners.Select(o => o.Schema), Is.SupersetOf(ServiceSchemas));
        Assert.That(owners.Where(o => o.Owner != "kapman_app"), Is.Empty, "every schema in a service database is owned by the app role");
        Assert.That(connected, Is.EqualTo(DatabaseLayout.ServiceDatabases.Count), "the running services are logged in as kapman_app to every service database");
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader' AND NOT rolcanlogin)"), Is.True);
    }

    [Test]
    public void Each_services_schemas_live_in_its_own_database_when_split_and_all_in_one_when_shared()
    {
        string[] published = ["market_api", "options_api", "wyckoff_api"];
        var owners = new Dictionary<string, string>
        {
            ["market"] = "ingestion", ["market_api"] = "ingestion", ["metrics"] = "metrics", ["options"] = "options",
            ["options_api"] = "options", ["wyckoff"] = "wyckoff", ["wyckoff_api"] = "wyckoff", ["recommendation"] = "recommendation",
            ["execution"] = "execution", ["notification"] = "notification",
        };
        var expected = owners.ToDictionary(
            e => e.Key, e => DatabaseLayout.PerService ? DatabaseLayout.OwnDatabaseOf(e.Value) : Infrastructure.Database);

        Assert.That(DatabaseLayout.SchemaHomes.Keys, Is.SupersetOf(ServiceSchemas.Concat(published)));
        Assert.That(DatabaseLayout.SchemaHomes, Is.EquivalentTo(expected), "schema → the database holding it");
    }

    [Test]
    public async Task A_schema_made_before_the_suite_managed_roles_is_handed_to_kapman_app()
    {
        await using var connection = new NpgsqlConnection(LocalServers.Postgres(DatabaseLayout.LegacyProbeDatabase));
        var owners = (await connection.QueryAsync<(string Name, string Owner)>(
            """
            SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'adoption_probe'
            UNION ALL
            SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'adoption_probe' AND c.relkind IN ('r', 'S')
            ORDER BY 1
            """)).ToList();

        Assert.That(owners, Is.EqualTo(new[] { ("adoption_probe", "kapman_app"), ("s", "kapman_app"), ("t", "kapman_app"), ("t_id_seq", "kapman_app") }));
    }
}
