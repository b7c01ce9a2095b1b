using Kapman.Contracts;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Sharding;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>
/// One shard of the options stage, on whichever replica takes it from the shared queue (<c>options-chain-shard</c>): the shard's chains
/// are loaded (<see cref="SessionChainLoader"/>: its snapshot files, then the Polygon API for its wanted underlyings when the session is the
/// current one) before the transaction opens, so a slow API holds no transaction; then, in one transaction with the inbox mark, they are
/// stored (<see cref="OptionsDailyStep.StoreAsync"/>), the shard is recorded done (<see cref="ShardLedger"/>, with its counts) and, when it
/// was the split's last, the stage completes (<see cref="OptionsDailyStep.CompleteAsync"/>: <see cref="OptionMetricsComputed"/> with the
/// whole session's dealer lines) and its outcome is published. A redelivered shard (its replica killed before the commit) is done again
/// from scratch and its rows replace, never add to, the rows of its underlyings.
/// </summary>
public sealed class ChainShardConsumer(ServiceDatabase database, TimeProvider clock, SessionChainLoader loader, OptionsDailyStep step)
    : IdempotentConsumer<OptionShardRequested>(database, clock)
{
    private readonly TimeProvider clock = clock;
    private IReadOnlyList<SnapshotLoad>? loads;
    private DateTimeOffset startedAt;

    protected override async Task PrepareAsync(OptionShardRequested message, CancellationToken ct)
    {
        startedAt = clock.GetUtcNow();
        loads = await loader.LoadAsync(
            message.SessionDate, [.. message.Wanted.Select(w => w.Underlying)], new TickerShard(message.Shard, message.ShardCount), ct);
    }

    protected override async Task<StageOutcome?> HandleAsync(OptionShardRequested message, OutboxTransaction tx, CancellationToken ct)
    {
        var counts = await step.StoreAsync(tx, message.SessionDate, loads ?? throw new InvalidOperationException("PrepareAsync reads the chains before HandleAsync."),
            [.. message.Wanted.Select(w => new ChainWant(w.Underlying, w.WantedBy))], ct);
        var completed = await ShardLedger.CompleteShardAsync(
            tx, new ShardResult(message.SplitId, message.Shard, counts.Underlyings, 0, startedAt, clock.GetUtcNow()), ct);
        await ShardCountsStore.RecordAsync(tx, message.SplitId, message.Shard, counts, ct);
        if (completed is not null)
        {
            var outcome = await OptionsDailyStep.CompleteAsync(tx, message.RunId, message.SessionDate, await ShardCountsStore.TotalsAsync(tx, message.SplitId, ct), ct);
            await tx.PublishAsync(new PipelineStageChanged(message.RunId, message.SessionDate, PipelineStages.Options, outcome.Status,
                outcome.Count, outcome.Error, completed.StartedAt, clock.GetUtcNow()), ct);
        }

        // Not a stage of its own: the stage's outcome is published above, by the last shard only.
        return null;
    }
}
