namespace Kapman.Cli.Api;

/// <summary>One stage of a pipeline run (ingestion API <c>PipelineRun.stages[]</c>).</summary>
/// <param name="Stage">ingestion, metrics, options, wyckoff, recommendation or notification.</param>
/// <param name="Status">pending, running, succeeded, failed or partial.</param>
/// <param name="Count">Items the stage produced, when known.</param>
/// <param name="Error">Failure text, when failed or partial.</param>
/// <param name="StartedAt">Start time (UTC offset included).</param>
/// <param name="FinishedAt">End time.</param>
/// <param name="DurationMs">Wall time in milliseconds once finished.</param>
internal sealed record PipelineStage(
    string Stage, string Status, long? Count, string? Error, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, double? DurationMs);
