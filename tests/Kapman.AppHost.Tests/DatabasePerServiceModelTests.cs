using Npgsql;

namespace Kapman.AppHost.Tests;

/// <summary>
/// Issue 17 §1: with <c>Kapman:Data:DatabasePerService</c> each service logs in to its own database and reads another
/// service's read contract from that owner's database; without it, all share the suite's database.
/// </summary>
public class DatabasePerServiceModelTests
{
    private static readonly string[] Owners = ["ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification"];

    [Test]
    public async Task Each_service_logs_in_to_its_own_database_named_after_the_suites()
    {
        await using var builder = await SuiteModel.BuildAsync(
            "--Kapman:Data:DatabasePerService=true", "--ConnectionStrings:postgres-admin=Host=/var/run/postgresql;Database=desk;Username=postgres");

        var databases = new Dictionary<string, string>();
        foreach (var owner in Owners)
        {
            var env = await SuiteModel.EnvironmentOfAsync(builder, owner);
            databases[owner] = new NpgsqlConnectionStringBuilder(env["ConnectionStrings__Postgres"]).Database!;
        }

        Assert.That(databases, Is.EqualTo(Owners.ToDictionary(o => o, o => "desk_" + o)));
    }

    [Test]
    public async Task A_read_contract_is_read_from_its_owners_database()
    {
        await using var builder = await SuiteModel.BuildAsync("--Kapman:Data:DatabasePerService=true");

        var recommendation = await SuiteModel.EnvironmentOfAsync(builder, "recommendation");
        var execution = await SuiteModel.EnvironmentOfAsync(builder, "execution");
        static string Database(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

        Assert.Multiple(() =>
        {
            Assert.That(Database(recommendation["ConnectionStrings__market-data"]), Is.EqualTo("kapman_ingestion"));
            Assert.That(Database(recommendation["ConnectionStrings__options"]), Is.EqualTo("kapman_options"));
            Assert.That(Database(recommendation["ConnectionStrings__wyckoff"]), Is.EqualTo("kapman_wyckoff"));
            Assert.That(Database(execution["ConnectionStrings__options"]), Is.EqualTo("kapman_options"));
            Assert.That(Database(execution["ConnectionStrings__Postgres"]), Is.EqualTo("kapman_execution"));
        });
    }

    [Test]
    public async Task Shared_by_default_every_service_uses_the_suites_database_and_no_read_contract_string_is_set()
    {
        await using var builder = await SuiteModel.BuildAsync();

        foreach (var owner in Owners)
        {
            var env = await SuiteModel.EnvironmentOfAsync(builder, owner);
            Assert.That(new NpgsqlConnectionStringBuilder(env["ConnectionStrings__Postgres"]).Database, Is.EqualTo("kapman"), owner);
            Assert.That(env.Keys.Where(k => k is "ConnectionStrings__market-data" or "ConnectionStrings__options" or "ConnectionStrings__wyckoff"), Is.Empty, owner);
        }
    }

    [Test]
    public void A_setting_that_is_not_true_or_false_stops_the_apphost_with_its_name()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var builder = await SuiteModel.BuildAsync("--Kapman:Data:DatabasePerService=yes");
        });

        Assert.That(error!.Message, Does.Contain("Kapman:Data:DatabasePerService").And.Contain("'yes'"));
    }
}
