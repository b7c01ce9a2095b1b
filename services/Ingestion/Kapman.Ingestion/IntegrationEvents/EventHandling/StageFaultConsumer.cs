using Kapman.Contracts;
using Kapman.Ingestion.Application;
using MassTransit;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>
/// Hands every stage message parked in an <c>_error</c> queue to <see cref="RunKeeper.RecordFaultAsync"/>: MassTransit publishes
/// <c>Fault&lt;T&gt;</c> straight to the broker when a consumer spends its retries (no database needed, so this also works for a
/// failure caused by a database outage). One interface per event a stage consumes (<c>IndicatorsComputed</c> has no consumer since
/// Wyckoff is triggered by <see cref="MarketSessionIngested"/>, so it cannot fault). A shard of the metrics, options or Wyckoff stage faults as its stage.
/// </summary>
public sealed class StageFaultConsumer(RunKeeper keeper) :
    IConsumer<Fault<RunDailyPipeline>>, IConsumer<Fault<MarketSessionIngested>>,
    IConsumer<Fault<OptionMetricsComputed>>, IConsumer<Fault<WyckoffSessionAnalyzed>>, IConsumer<Fault<RecommendationsGenerated>>,
    IConsumer<Fault<RunWeeklyMaintenance>>, IConsumer<Fault<IndicatorShardRequested>>, IConsumer<Fault<WyckoffShardRequested>>,
    IConsumer<Fault<OptionShardRequested>>
{
    public Task Consume(ConsumeContext<Fault<RunDailyPipeline>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<MarketSessionIngested>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<OptionMetricsComputed>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<WyckoffSessionAnalyzed>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<RecommendationsGenerated>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<RunWeeklyMaintenance>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<IndicatorShardRequested>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<WyckoffShardRequested>> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<Fault<OptionShardRequested>> context) => RecordAsync(context);

    private Task RecordAsync<T>(ConsumeContext<Fault<T>> context) where T : class, IIntegrationEvent =>
        keeper.RecordFaultAsync(context.Message, context.Message.Message, typeof(T).Name, context.SourceAddress,
            context.MessageId ?? context.Message.FaultId, context.CancellationToken);
}
