using Dapper;

namespace Kapman.IntegrationTests;

/// <summary>The services never run as a PostgreSQL superuser: the suite creates their login role, which owns what they create.</summary>
public class DatabaseRoleTests
{
    [Test]
    public async Task Services_connect_as_kapman_app_which_is_not_a_superuser_and_owns_their_schemas()
    {
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var role = await connection.QuerySingleAsync<(bool Super, bool CreateRole, bool CreateDb)>(
            "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = 'kapman_app'");
        var owners = (await connection.QueryAsync<string>(
            """
            SELECT DISTINCT pg_get_userbyid(n.nspowner) FROM pg_namespace n
            WHERE n.nspname IN ('market', 'metrics', 'options', 'wyckoff', 'recommendation', 'execution', 'notification')
            """)).ToList();
        var connected = await connection.QuerySingleAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND usename = 'kapman_app'", new { db = Infrastructure.Database });

        Assert.That(role, Is.EqualTo((false, false, false)));
        Assert.That(owners, Is.EqualTo(new[] { "kapman_app" }), "every service schema is owned by the app role");
        Assert.That(connected, Is.GreaterThan(0), "the running services are logged in as kapman_app");
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader' AND NOT rolcanlogin)"), Is.True);
    }

    [Test]
    public async Task A_schema_made_before_the_suite_managed_roles_is_handed_to_kapman_app()
    {
        await using var connection = await Suite.Db.OpenConnectionAsync();
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
