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
}
