using Kapman.Contracts;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Pipeline;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;

namespace Kapman.Ingestion.Application;

/// <summary>
/// Keeps the pipeline's run record (<see cref="PipelineRunStore"/>): starts a run, applies every stage's
/// <see cref="PipelineStageChanged"/>, and turns a message parked in an <c>_error</c> queue into a failed stage and a
/// <see cref="PipelineMessageFaulted"/> for the ops alert.
/// </summary>
public sealed class RunKeeper(ServiceDatabase database, ILogger<RunKeeper> logger)
{
    /// <summary>Longest fault reason kept; exception messages can be long and the run record shows it in a table cell.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>The inbox key faults are recorded under: the fault consumer's name, as it always was, so a redelivery stays a no-op.</summary>
    private const string FaultInbox = "StageFaultConsumer";

    /// <summary>Creates the run with every stage pending and queues <see cref="RunDailyPipeline"/> with it, in one transaction.</summary>
    /// <returns>The new run's id.</returns>
    public async Task<Guid> StartAsync(DateOnly session, string scope, CancellationToken ct)
    {
        var command = new RunDailyPipeline(Guid.CreateVersion7(), session, scope);
        await using var tx = await database.BeginAsync(ct);
        await PipelineRunStore.CreateAsync(tx, command, PipelineRunStore.ApiTrigger, ct);
        await tx.CommitAsync(ct);
        return command.RunId;
    }

    /// <summary>
    /// The schedule's start of <paramref name="session"/> (scope <c>all</c>): like <see cref="StartAsync"/>, but under the schedule's
    /// advisory lock and only when the session has no run yet, so replicas and manual starts never double a session.
    /// </summary>
    /// <returns>The new run's id, or null when the session already had a run.</returns>
    public async Task<Guid?> StartScheduledAsync(DateOnly session, CancellationToken ct)
    {
        await using var tx = await database.BeginAsync(ct);
        if (await PipelineRunStore.LockScheduleAndHasRunAsync(tx, session, ct))
        {
            return null;
        }

        var command = new RunDailyPipeline(Guid.CreateVersion7(), session, "all");
        await PipelineRunStore.CreateAsync(tx, command, PipelineRunStore.ScheduleTrigger, ct);
        await tx.CommitAsync(ct);
        return command.RunId;
    }

    /// <summary>Applies a stage change in <paramref name="tx"/> unless a later one was already applied (events may arrive out of order).</summary>
    public static Task ApplyAsync(PipelineStageChanged change, OutboxTransaction tx, CancellationToken ct) => PipelineRunStore.ApplyAsync(tx, change, ct);

    /// <summary>
    /// Records that <paramref name="message"/> of type <paramref name="messageType"/> was parked in the <c>_error</c> queue of the
    /// endpoint at <paramref name="sourceAddress"/>: marks its stage failed with the reason (which fails the run) unless a later
    /// change was applied, publishes <see cref="PipelineMessageFaulted"/> and logs the error, all once per
    /// <paramref name="faultMessageId"/> (a redelivered fault changes nothing). A re-drive that then succeeds reports the stage
    /// running and succeeded with later timestamps, which brings the run back to succeeded.
    /// </summary>
    public async Task RecordFaultAsync(Fault fault, IIntegrationEvent message, string messageType, Uri? sourceAddress, Guid faultMessageId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(message);
        var queue = StageEndpoints.QueueOf(sourceAddress);
        var stage = StageEndpoints.StageOf(queue);
        var reason = Reason(fault.Exceptions);
        var faulted = new PipelineMessageFaulted(message.RunId, message.SessionDate, stage, queue + "_error", messageType, reason, fault.Timestamp);

        await using var tx = await database.BeginAsync(ct);
        if (!await tx.TryMarkProcessedAsync(FaultInbox, faultMessageId, ct))
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
            message.RunId, message.SessionDate, messageType, faulted.ErrorQueue, stage ?? "none", reason);
    }

    private static string Reason(ExceptionInfo[] exceptions)
    {
        var last = exceptions.FirstOrDefault();
        var text = last is null ? "the consumer failed without an exception" : $"{ShortName(last.ExceptionType)}: {last.Message}";
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
    }

    private static string ShortName(string typeName) => typeName[(typeName.LastIndexOf('.') + 1)..];
}
