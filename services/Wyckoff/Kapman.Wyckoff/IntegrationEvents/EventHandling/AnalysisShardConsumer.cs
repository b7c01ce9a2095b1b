using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Sharding;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// One shard of the Wyckoff stage, on whichever replica takes it from the shared queue: the session's tickers in the shard analysed
/// and stored with their alerts (<see cref="WyckoffDailyStep.RunShardAsync"/>), the shard recorded done (<see cref="ShardLedger"/>)
/// and, when it was the split's last, <see cref="WyckoffSessionAnalyzed"/> with the split's totals and the stage's success, all in one
/// transaction with the inbox mark: a redelivered shard (its replica killed before the commit) is done again from scratch and its
/// snapshots replace, never add to, those of its tickers.
/// </summary>
public sealed class AnalysisShardConsumer(ServiceDatabase database, TimeProvider clock, MarketBarReader bars, WyckoffParameters parameters)
    : IdempotentConsumer<WyckoffShardRequested>(database, clock)
{
    private readonly TimeProvider clock = clock;

    protected override async Task<StageOutcome?> HandleAsync(WyckoffShardRequested message, OutboxTransaction tx, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var (tickers, alerts) = await WyckoffDailyStep.RunShardAsync(
            tx, bars, parameters, message.RunId, message.SessionDate, new TickerShard(message.Shard, message.ShardCount), ct);
        var completed = await ShardLedger.CompleteShardAsync(
            tx, new ShardResult(message.SplitId, message.Shard, tickers, alerts, startedAt, clock.GetUtcNow()), ct);
        if (completed is not null)
        {
            await tx.PublishAsync(new WyckoffSessionAnalyzed(message.RunId, message.SessionDate, completed.Tickers, completed.Alerts), ct);
            await tx.PublishAsync(new PipelineStageChanged(message.RunId, message.SessionDate, PipelineStages.Wyckoff, StageStatuses.Succeeded,
                completed.Tickers, null, completed.StartedAt, clock.GetUtcNow()), ct);
        }

        // Not a stage of its own: the stage's success is published above, by the last shard only.
        return null;
    }
}
