using Kapman.Contracts;
using Kapman.Metrics.Application;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Sharding;
using Npgsql;

namespace Kapman.Metrics.IntegrationEvents.EventHandling;

/// <summary>
/// One shard of the metrics stage, on whichever replica takes it from the shared queue: indicators for the session's tickers in
/// the shard (<see cref="DailyIndicatorStep.RunShardAsync"/>), the shard recorded done (<see cref="ShardLedger"/>) and, when it was
/// the split's last, <see cref="IndicatorsComputed"/> and the stage's success, all in one transaction with the inbox mark: a
/// redelivered shard (its replica killed before the commit) is done again from scratch and its rows replace, never add to, the
/// rows of its tickers.
/// </summary>
public sealed class IndicatorShardConsumer(ServiceDatabase database, TimeProvider clock, [FromKeyedServices(ReadContracts.MarketData)] NpgsqlDataSource marketData)
    : IdempotentConsumer<IndicatorShardRequested>(database, clock)
{
    private readonly TimeProvider clock = clock;

    protected override async Task<StageOutcome?> HandleAsync(IndicatorShardRequested message, OutboxTransaction tx, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var outcome = await DailyIndicatorStep.RunShardAsync(tx, marketData, message.SessionDate, new TickerShard(message.Shard, message.ShardCount), ct);
        var completed = await ShardLedger.CompleteShardAsync(
            tx, new ShardResult(message.SplitId, message.Shard, outcome.Tickers, 0, startedAt, clock.GetUtcNow()), ct);
        if (completed is not null)
        {
            await tx.PublishAsync(new IndicatorsComputed(message.RunId, message.SessionDate, completed.Tickers), ct);
            await tx.PublishAsync(new PipelineStageChanged(message.RunId, message.SessionDate, PipelineStages.Metrics, StageStatuses.Succeeded,
                completed.Tickers, null, completed.StartedAt, clock.GetUtcNow()), ct);
        }

        // Not a stage of its own: the stage's success is published above, by the last shard only.
        return null;
    }
}
