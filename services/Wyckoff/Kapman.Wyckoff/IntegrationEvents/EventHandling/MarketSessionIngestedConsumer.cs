using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Sharding;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// The Wyckoff stage's start: reports it running, opens a split of the session into <see cref="ShardSettings.Count"/> ticker shards
/// and sends one <see cref="WyckoffShardRequested"/> per shard (through the outbox, in this transaction), which the replicas'
/// <see cref="AnalysisShardConsumer"/>s share; the last shard done publishes <see cref="WyckoffSessionAnalyzed"/>. Triggered by
/// <see cref="MarketSessionIngested"/> because its input is the session's bars, read through Ingestion's read contract, so it runs
/// beside the metrics and options stages, not after them. A replayed event (a new MessageId, from Ingestion's <c>POST /replay</c>)
/// opens a new split and analyses the session again: snapshots are upserted per model version and alerts stored once per ticker,
/// session and kind.
/// </summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, ShardSettings shards)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    private readonly TimeProvider clock = clock;

    protected override string Stage => PipelineStages.Wyckoff;

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        var splitId = Guid.CreateVersion7();
        await ShardLedger.OpenAsync(tx, splitId, message.RunId, message.SessionDate, shards.Count, clock.GetUtcNow(), ct);
        for (var shard = 0; shard < shards.Count; shard++)
        {
            await tx.PublishAsync(new WyckoffShardRequested(message.RunId, message.SessionDate, splitId, shard, shards.Count), ct);
        }

        // The stage finishes when its last shard does (AnalysisShardConsumer).
        return null;
    }
}
