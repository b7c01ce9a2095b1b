using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// The one line <see cref="IdempotentConsumer{T}"/> writes per delivery of a message: handled, skipped as a duplicate, or
/// failed. Every line carries the same fields, so a run can be followed across services by <c>RunId</c>: <c>Consumer</c>
/// (the inbox key), <c>Stage</c> (the pipeline stage, or <see cref="NoStage"/>), <c>MessageType</c>, <c>MessageId</c>,
/// <c>RunId</c>, <c>SessionDate</c> (yyyy-MM-dd) and <c>DurationMs</c> (wall time of the delivery, milliseconds).
/// </summary>
internal static partial class ConsumerLog
{
    /// <summary>The <c>Stage</c> field of a consumer that is not a pipeline stage.</summary>
    public const string NoStage = "none";

    [LoggerMessage(EventId = 1, EventName = "MessageHandled", Level = LogLevel.Information,
        Message = "{Consumer} handled {MessageType} {MessageId} (stage {Stage}, run {RunId}, session {SessionDate}) in {DurationMs} ms")]
    public static partial void Handled(
        ILogger logger, string consumer, string stage, string messageType, Guid messageId, Guid runId, string sessionDate, long durationMs);

    [LoggerMessage(EventId = 2, EventName = "MessageSkippedAsDuplicate", Level = LogLevel.Information,
        Message = "{Consumer} skipped {MessageType} {MessageId} as a duplicate (stage {Stage}, run {RunId}, session {SessionDate}) in {DurationMs} ms")]
    public static partial void Skipped(
        ILogger logger, string consumer, string stage, string messageType, Guid messageId, Guid runId, string sessionDate, long durationMs);

    [LoggerMessage(EventId = 3, EventName = "MessageFailed",
        Message = "{Consumer} failed on {MessageType} {MessageId} (stage {Stage}, run {RunId}, session {SessionDate}) after {DurationMs} ms")]
    public static partial void Failed(
        ILogger logger, LogLevel level, Exception exception, string consumer, string stage, string messageType, Guid messageId, Guid runId,
        string sessionDate, long durationMs);
}
