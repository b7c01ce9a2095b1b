using Microsoft.Extensions.Hosting;

namespace Kapman.ServiceDefaults.Data;

/// <summary>Applies the schema's migrations during startup, before the bus and the endpoints start.</summary>
internal sealed class MigrationHostedService(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
