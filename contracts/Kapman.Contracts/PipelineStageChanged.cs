namespace Kapman.Contracts;

/// <summary>A pipeline stage changed state. Ingestion keeps the run record from these.</summary>
/// <param name="Stage">One of <see cref="PipelineStages"/>.</param>
/// <param name="Status">One of <see cref="StageStatuses"/>.</param>
/// <param name="Count">Items the stage handled (tickers, contracts, messages), when it finished.</param>
/// <param name="Error">Failure reason; never contains secrets.</param>
/// <param name="StartedAt">When the stage's work began (UTC).</param>
/// <param name="OccurredAt">When this change happened (UTC); the run record applies changes in this order.</param>
public sealed record PipelineStageChanged(
    Guid RunId, DateOnly SessionDate, string Stage, string Status, int? Count, string? Error, DateTimeOffset StartedAt,
    DateTimeOffset OccurredAt, int SchemaVersion = 1) : IIntegrationEvent;
