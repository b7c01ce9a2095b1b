using Kapman.Contracts;
using Kapman.Ingestion.Pipeline;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>
/// Turns a message parked in an <c>_error</c> queue into what an operator sees: MassTransit publishes <c>Fault&lt;T&gt;</c>
/// straight to the broker when a consumer spends its retries (no database needed, so this also works for a failure
/// caused by a database outage). Marks the stage failed with the reason, which fails the run, and publishes
/// <see cref="PipelineMessageFaulted"/> for the ops alert. A re-drive that then succeeds reports the stage running and
/// succeeded with later timestamps, which brings the run back to succeeded.
/// </summary>
public sealed class StageFaultConsumer(ServiceDatabase database, ILogger<StageFaultConsumer> logger) :
    IConsumer<Fault<RunDailyPipeline>>, IConsumer<Fault<MarketSessionIngested>>, IConsumer<Fault<IndicatorsComputed>>,
    IConsumer<Fault<OptionMetricsComputed>>, IConsumer<Fault<WyckoffSessionAnalyzed>>, IConsumer<Fault<RecommendationsGenerated>>
{
    /// <summary>Longest reason kept; exception messages can be long and the run record shows it in a table cell.</summary>
    private const int MaxReasonLength = 500;

    public Task Consume(ConsumeContext<Fault<RunDailyPipeline>> context) => RecordAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<MarketSessionIngested>> context) => RecordAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<IndicatorsComputed>> context) => RecordAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<OptionMetricsComputed>> context) => RecordAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<WyckoffSessionAnalyzed>> context) => RecordAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<RecommendationsGenerated>> context) => RecordAsync(context, context.Message.Message);

    private async Task RecordAsync<T>(ConsumeContext<Fault<T>> context, IIntegrationEvent message) where T : class
    {
        var ct = context.CancellationToken;
        var queue = StageEndpoints.QueueOf(context.SourceAddress);
        var stage = StageEndpoints.StageOf(queue);
        var fault = context.Message;
        var reason = Reason(fault.Exceptions);
        var faulted = new PipelineMessageFaulted(
            message.RunId, message.SessionDate, stage, queue + "_error", typeof(T).Name, reason, fault.Timestamp);

        await using var tx = await database.BeginAsync(ct);
        if (!await tx.TryMarkProcessedAsync(nameof(StageFaultConsumer), context.MessageId ?? fault.FaultId, ct))
        {
            return;
        }

        if (stage is not null)
        {
            await PipelineRunStore.MarkFaultedAsync(tx, message.RunId, stage, reason, fault.Timestamp, ct);
        }

        await tx.PublishAsync(faulted, ct);
        await tx.CommitAsync(ct);
        logger.LogError(
            "Run {RunId} session {SessionDate:yyyy-MM-dd}: {MessageType} parked in {ErrorQueue} (stage {Stage}): {Reason}",
            message.RunId, message.SessionDate, typeof(T).Name, faulted.ErrorQueue, stage ?? "none", reason);
    }

    private static string Reason(ExceptionInfo[] exceptions)
    {
        var last = exceptions.FirstOrDefault();
        var text = last is null ? "the consumer failed without an exception" : $"{ShortName(last.ExceptionType)}: {last.Message}";
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
    }

    private static string ShortName(string typeName) => typeName[(typeName.LastIndexOf('.') + 1)..];
}
