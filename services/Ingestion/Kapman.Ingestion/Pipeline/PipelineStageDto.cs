namespace Kapman.Ingestion.Pipeline;

/// <summary>One stage of a run, with its wall time in milliseconds once it has finished.</summary>
public sealed record PipelineStageDto(string Stage, string Status, int? Count, string? Error, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, long? DurationMs);
