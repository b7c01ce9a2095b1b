using Kapman.Contracts;
using Kapman.Options.Application;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Sharding;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>
/// The options stage's start: reports it running, reads which underlyings want chains (<see cref="ChainUnderlyingsReader"/>: watchlists, P1
/// portfolios, the setting) once for the session, opens the run (<see cref="OptionsDailyStep.OpenAsync"/>: partition, retention, coverage
/// cleared) and a split of the session into <see cref="ShardSettings.Count"/> ticker shards, and sends one <see cref="OptionShardRequested"/>
/// per shard with the shard's wanted underlyings (through the outbox, in this transaction), which the replicas'
/// <see cref="ChainShardConsumer"/>s share; the last shard done publishes <see cref="OptionMetricsComputed"/>.
/// </summary>
public sealed class MarketSessionIngestedConsumer(
    ServiceDatabase database, TimeProvider clock, ChainUnderlyingsReader underlyings, OptionsDailyStep step, ShardSettings shards)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    private readonly TimeProvider clock = clock;
    private IReadOnlyList<WantedChain>? wanted;

    protected override string Stage => PipelineStages.Options;

    protected override async Task PrepareAsync(MarketSessionIngested message, CancellationToken ct) =>
        wanted = [.. (await underlyings.ReadAsync(ct)).Select(w => new WantedChain(w.Underlying, w.WantedBy))];

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        var all = wanted ?? throw new InvalidOperationException("PrepareAsync reads the wanted underlyings before HandleAsync.");
        var splitId = Guid.CreateVersion7();
        await ShardLedger.OpenAsync(tx, splitId, message.RunId, message.SessionDate, shards.Count, clock.GetUtcNow(), ct);
        await step.OpenAsync(tx, message.SessionDate, ct);
        for (var shard = 0; shard < shards.Count; shard++)
        {
            var index = shard;
            await tx.PublishAsync(new OptionShardRequested(message.RunId, message.SessionDate, splitId, shard, shards.Count,
                [.. all.Where(w => TickerShard.IndexOf(w.Underlying, shards.Count) == index)]), ct);
        }

        // The stage finishes when its last shard does (ChainShardConsumer).
        return null;
    }
}
