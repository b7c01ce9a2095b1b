using Kapman.ServiceDefaults.Messaging;
using Kapman.Options.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>Options's part of the weekly run: prunes its snapshots (<see cref="SnapshotRetentionStore"/>, <c>Kapman.Options:Retention</c>).</summary>
public sealed class RunWeeklyMaintenanceConsumer(ServiceDatabase database, TimeProvider clock, NpgsqlDataSource dataSource, IOptions<SnapshotRetentionOptions> options)
    : SnapshotRetentionConsumer(database, clock, options.Value)
{
    protected override Task<IReadOnlyList<(string Table, long DeletedRows)>> PruneAsync(DateOnly cutoff, int batchSize, CancellationToken ct) =>
        SnapshotRetentionStore.PruneAsync(dataSource, cutoff, batchSize, ct);
}
