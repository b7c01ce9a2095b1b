using System.Reflection;
using Dapper;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Tests.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.ServiceDefaults.Tests.Data;

/// <summary>
/// A service that starts while PostgreSQL cannot be reached yet (a failover, a loaded machine) waits for it instead of
/// crashing on the first connect failure; a failure that is not an outage still stops the start at once.
/// </summary>
[TestFixture]
public sealed class MigrationStartupTests
{
    private static readonly TimeSpan[] Fast = [.. Enumerable.Repeat(TimeSpan.FromMilliseconds(500), 20)];

    [Test]
    public async Task Migrations_wait_for_a_database_that_appears_two_seconds_late_then_apply()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("startuptest", migrations: null);
        var directory = Directory.CreateTempSubdirectory("kapman-pg-").FullName;
        await using var late = new NpgsqlDataSourceBuilder($"Host={directory};Port=5432;Username=postgres;Database={database.Name};Timeout=2").Build();
        var logs = new CapturingLoggerProvider();
        var runner = new MigrationRunner(late, new ServiceSchema("startuptest", typeof(MigrationRunner).Assembly), NullLogger<MigrationRunner>.Instance);

        var migrate = MigrationHostedService.Pipeline(Fast, logs.CreateLogger("startup")).ExecuteAsync(ct => new ValueTask(runner.MigrateAsync(ct))).AsTask();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.That(migrate.IsCompleted, Is.False, "no database yet, so the migrations are still waiting");
        await using (UnixSocketRelay.Start(directory, Path.Combine(LocalServers.PostgresSocket, ".s.PGSQL.5432")))
        {
            await migrate.WaitAsync(TimeSpan.FromSeconds(30));
        }

        await using var check = await database.DataSource.OpenConnectionAsync();
        var applied = await check.ExecuteScalarAsync<int>("SELECT count(*) FROM startuptest.schema_migrations");
        Assert.Multiple(() =>
        {
            Assert.That(applied, Is.GreaterThan(0), "the shared outbox and inbox migrations were applied once the database appeared");
            Assert.That(logs.Messages.Count(m => m.StartsWith("Warning: The database is not reachable", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2),
                "each failed attempt in the two seconds was logged with its reason");
        });
    }

    [Test]
    public async Task A_missing_database_is_not_an_outage_and_fails_the_start_at_once()
    {
        await using var missing = new NpgsqlDataSourceBuilder(LocalServers.Postgres("kapman_no_such_database")).Build();
        var logs = new CapturingLoggerProvider();
        var runner = new MigrationRunner(missing, new ServiceSchema("startuptest", Assembly.GetExecutingAssembly()), NullLogger<MigrationRunner>.Instance);

        var migrate = async () => await MigrationHostedService.Pipeline(Fast, logs.CreateLogger("startup")).ExecuteAsync(ct => new ValueTask(runner.MigrateAsync(ct)));

        Assert.That(migrate, Throws.InstanceOf<PostgresException>().With.Property(nameof(PostgresException.SqlState)).EqualTo("3D000"));
        Assert.That(logs.Messages, Has.None.StartsWith("Warning: The database is not reachable"), "no retry of a database that does not exist");
    }
}
