namespace Kapman.Ingestion.Pipeline;

/// <summary>A pipeline run as the API returns it.</summary>
/// <param name="Status">Derived from the stages: running, failed, partial or succeeded (see <see cref="RunStatus"/>).</param>
/// <param name="Trigger">Who started it: <c>api</c> (the API, CLI or web) or <c>schedule</c>.</param>
/// <param name="Kind"><c>daily</c> (the pipeline) or <c>weekly</c> (outcome evaluation and retention, issue 22).</param>
/// <param name="Retention">What a weekly run pruned, by schema-qualified table; empty for a daily run.</param>
public sealed record PipelineRunDto(
    Guid RunId, DateOnly SessionDate, string Scope, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, IReadOnlyList<PipelineStageDto> Stages,
    string Trigger, string Kind, IReadOnlyDictionary<string, RetentionCountDto> Retention);
