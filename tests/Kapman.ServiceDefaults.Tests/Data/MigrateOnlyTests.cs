using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Kapman.ServiceDefaults.Data;

namespace Kapman.ServiceDefaults.Tests.Data;

/// <summary>
/// <c>Kapman:Data:MigrateOnly=true</c> (the Kubernetes migrations Job): the host applies its schema's migrations and returns
/// without starting its hosted services or serving; a host with no schema refuses the mode.
/// </summary>
[TestFixture]
public sealed class MigrateOnlyTests
{
    [Test]
    public async Task MigrateOnly_AppliesTheMigrations_AndReturnsWithoutStartingTheHost()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("migrateonly", migrations: null);
        var started = new StartedProbe();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:Postgres"] = $"Host={LocalServers.PostgresSocket};Port=5432;Username=postgres;Database={database.Name}";
        builder.Configuration[MigrateOnlyExtensions.Setting] = "true";
        builder.AddKapmanPostgres(new ServiceSchema("migrateonly", typeof(MigrationRunner).Assembly));
        builder.Services.AddSingleton<IHostedService>(started);
        await using var app = builder.Build();

        await app.RunOrMigrateAsync().WaitAsync(TimeSpan.FromSeconds(60));

        await using var check = await database.DataSource.OpenConnectionAsync();
        var applied = await check.QueryAsync<string>("SELECT version FROM migrateonly.schema_migrations");
        Assert.Multiple(() =>
        {
            Assert.That(applied, Has.Some.StartsWith("000-"), "the shared outbox and inbox migrations were applied");
            Assert.That(started.Started, Is.False, "no hosted service (bus, relay, the migration service itself) started");
        });
    }

    [Test]
    public void MigrateOnly_OnAHostWithoutASchema_Refuses()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[MigrateOnlyExtensions.Setting] = "true";
        using var app = builder.Build();

        Assert.That(async () => await app.RunOrMigrateAsync(), Throws.InvalidOperationException.With.Message.Contains("nothing to migrate"));
    }

    private sealed class StartedProbe : IHostedService
    {
        public bool Started { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
