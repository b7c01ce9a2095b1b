using Kapman.Contracts;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// A service's part of the weekly run (<see cref="RunWeeklyMaintenance"/>, issue 22 item 4): prunes its own snapshot tables
/// (<see cref="PruneAsync"/>, before the transaction opens) to the cut-off <see cref="Cutoff"/>, then publishes one
/// <see cref="RetentionApplied"/> per table in the consumer's transaction for the run record. Not a stage: Ingestion's retention stage
/// finishes the run; a fault here is still reported as a parked message.
/// </summary>
public abstract class SnapshotRetentionConsumer(ServiceDatabase database, TimeProvider clock, SnapshotRetentionOptions options)
    : IdempotentConsumer<RunWeeklyMaintenance>(database, clock)
{
    private readonly TimeProvider time = clock;
    private IReadOnlyList<(string Table, long DeletedRows)> pruned = [];

    /// <summary>The first session date kept: <paramref name="session"/> minus <paramref name="years"/> calendar years (seed 000 §5.6).</summary>
    public static DateOnly Cutoff(DateOnly session, int years) => session.AddYears(-years);

    /// <summary>Deletes the service's snapshot rows dated before <paramref name="cutoff"/>; returns the rows deleted per schema-qualified table.</summary>
    protected abstract Task<IReadOnlyList<(string Table, long DeletedRows)>> PruneAsync(DateOnly cutoff, int batchSize, CancellationToken ct);

    /// <inheritdoc />
    protected override async Task PrepareAsync(RunWeeklyMaintenance message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        pruned = await PruneAsync(Cutoff(message.SessionDate, options.SnapshotYears), options.BatchSize, ct);
    }

    /// <inheritdoc />
    protected override async Task<StageOutcome?> HandleAsync(RunWeeklyMaintenance message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tx);
        var cutoff = Cutoff(message.SessionDate, options.SnapshotYears);
        foreach (var (table, deleted) in pruned)
        {
            await tx.PublishAsync(new RetentionApplied(message.RunId, message.SessionDate, table, cutoff, 0, deleted, time.GetUtcNow()), ct);
        }

        return null;
    }
}
