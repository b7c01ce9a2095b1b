using Kapman.Contracts;
using Kapman.Ingestion.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>Adds another service's pruning counts (<see cref="RetentionApplied"/>) to the weekly run's record.</summary>
public sealed class RetentionAppliedConsumer(ServiceDatabase database, TimeProvider clock) : IdempotentConsumer<RetentionApplied>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(RetentionApplied message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await RunRetentionStore.RecordAsync(tx, message.RunId, message.Table, message.Cutoff, message.DroppedPartitions, message.DeletedRows, ct);
        return null;
    }
}
