namespace Kapman.Contracts;

/// <summary>
/// A message of a pipeline run failed every retry and was parked in a consumer's <c>_error</c> queue, where it waits
/// for an operator to re-drive it (Ops page). Ingestion, the run keeper, publishes it once per parked message after
/// marking the stage failed; notification turns it into an ops alert.
/// </summary>
/// <param name="Stage">The <see cref="PipelineStages"/> stage the consumer performs, or null for a consumer that is not a stage.</param>
/// <param name="ErrorQueue">The queue holding the message, e.g. <c>metrics-market-session-ingested_error</c>.</param>
/// <param name="MessageType">The parked message's contract name, e.g. <c>MarketSessionIngested</c>.</param>
/// <param name="Reason">The last exception's type and message; never contains secrets.</param>
/// <param name="FaultedAt">When the consumer gave up (UTC).</param>
public sealed record PipelineMessageFaulted(
    Guid RunId, DateOnly SessionDate, string? Stage, string ErrorQueue, string MessageType, string Reason, DateTimeOffset FaultedAt,
    int SchemaVersion = 1) : IIntegrationEvent;
