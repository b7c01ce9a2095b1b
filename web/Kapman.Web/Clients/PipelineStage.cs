namespace Kapman.Web.Clients;

/// <summary>One stage of a pipeline run (ingestion API, <c>PipelineRun.stages[]</c>).</summary>
/// <param name="Stage">ingestion, metrics, options, wyckoff, recommendation or notification.</param>
/// <param name="Status">pending, running, succeeded, failed or partial.</param>
/// <param name="Count">Items the stage produced (rows, tickers, contracts...), null until known.</param>
/// <param name="Error">Error message of a failed or partial stage.</param>
/// <param name="StartedAt">Start time (UTC offset included), null while pending.</param>
/// <param name="FinishedAt">End time, null until finished.</param>
/// <param name="DurationMs">Duration in milliseconds, null until finished.</param>
public sealed record PipelineStage(
    string Stage,
    string Status,
    long? Count,
    string? Error,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long? DurationMs);
