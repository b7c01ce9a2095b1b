using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults;

/// <summary>
/// The migrations-only mode of a service host, for a step that migrates before the services start (the Kubernetes Job
/// deploy/k8s/base/migrate/job.yaml): with <c>Kapman:Data:MigrateOnly=true</c> (env <c>Kapman__Data__MigrateOnly</c>) the
/// host applies its schema's migrations (<see cref="MigrationRunner"/>, waiting out an unreachable database as at a normal
/// start) and returns, without starting Kestrel, the bus or any hosted service. Otherwise it runs as usual, and still
/// migrates at start: after the Job that finds nothing to do.
/// </summary>
public static partial class MigrateOnlyExtensions
{
    /// <summary>The configuration key of the mode.</summary>
    public const string Setting = "Kapman:Data:MigrateOnly";

    /// <summary>Runs <paramref name="app"/> until shutdown, or, in migrations-only mode, applies its migrations and returns.</summary>
    /// <exception cref="InvalidOperationException">Migrations-only mode on a host without <see cref="PersistenceExtensions.AddKapmanPostgres"/>.</exception>
    public static async Task RunOrMigrateAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue<bool>(Setting))
        {
            await app.RunAsync();
            return;
        }

        var runner = app.Services.GetService<MigrationRunner>()
            ?? throw new InvalidOperationException($"{Setting} is set, but this host keeps no schema (no AddKapmanPostgres): nothing to migrate.");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateOnlyExtensions));
        await MigrationHostedService.Pipeline(RetryPolicy.OutageIntervals, logger)
            .ExecuteAsync(ct => new ValueTask(runner.MigrateAsync(ct)), app.Lifetime.ApplicationStopping);
        LogMigrated(logger, app.Services.GetRequiredService<ServiceSchema>().Name);
    }

    [LoggerMessage(LogLevel.Information, "Migrations of schema {Schema} applied; exiting ({Setting}).")]
    private static partial void LogMigratedCore(ILogger logger, string schema, string setting);

    private static void LogMigrated(ILogger logger, string schema) => LogMigratedCore(logger, schema, Setting);
}
