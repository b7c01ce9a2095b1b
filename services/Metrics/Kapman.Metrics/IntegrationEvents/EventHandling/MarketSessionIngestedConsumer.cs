using Kapman.Contracts;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Sharding;

namespace Kapman.Metrics.IntegrationEvents.EventHandling;

/// <summary>
/// The metrics stage's start: reports it running, opens a split of the session into <see cref="ShardSettings.Count"/> ticker shards
/// and sends one <see cref="IndicatorShardRequested"/> per shard (through the outbox, in this transaction), which the replicas'
/// <see cref="IndicatorShardConsumer"/>s share; the last shard done publishes <see cref="IndicatorsComputed"/>. States past
/// retention are pruned here, once per session, so that no two shards delete the same rows.
/// </summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, ShardSettings shards)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    private readonly TimeProvider clock = clock;

    protected override string Stage => PipelineStages.Metrics;

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        var splitId = Guid.CreateVersion7();
        await ShardLedger.OpenAsync(tx, splitId, message.RunId, message.SessionDate, shards.Count, clock.GetUtcNow(), ct);
        await IndicatorStateStore.PruneAsync(tx.Connection, tx.Transaction, message.SessionDate, ct);
        for (var shard = 0; shard < shards.Count; shard++)
        {
            await tx.PublishAsync(new IndicatorShardRequested(message.RunId, message.SessionDate, splitId, shard, shards.Count), ct);
        }

        // The stage finishes when its last shard does (IndicatorShardConsumer).
        return null;
    }
}
