using Kapman.Contracts;
using Kapman.Ingestion.Application;
using Kapman.Ingestion.Data;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>
/// The weekly run's <see cref="PipelineStages.Retention"/> stage: deletes the job runs of sessions more than
/// <see cref="RetentionOptions.JobRunDays"/> before the run's session (seed 000 §5.6), in batches before the consumer's transaction opens, then
/// records the count on the run record in it. A redelivery deletes nothing more and records the same cut-off.
/// </summary>
public sealed class RunWeeklyMaintenanceConsumer(ServiceDatabase database, TimeProvider clock, NpgsqlDataSource dataSource, IOptions<RetentionOptions> options)
    : IdempotentConsumer<RunWeeklyMaintenance>(database, clock)
{
    private long deleted;

    protected override string Stage => PipelineStages.Retention;

    private DateOnly Cutoff(RunWeeklyMaintenance message) => message.SessionDate.AddDays(-options.Value.JobRunDays);

    protected override async Task PrepareAsync(RunWeeklyMaintenance message, CancellationToken ct) =>
        deleted = await RunRetentionStore.PruneRunsAsync(dataSource, Cutoff(message), options.Value.BatchSize, ct);

    protected override async Task<StageOutcome?> HandleAsync(RunWeeklyMaintenance message, OutboxTransaction tx, CancellationToken ct)
    {
        await RunRetentionStore.RecordAsync(tx, message.RunId, RunRetentionStore.RunsTable, Cutoff(message), 0, deleted, ct);
        return new StageOutcome(StageStatuses.Succeeded, (int)Math.Min(deleted, int.MaxValue), null);
    }
}
