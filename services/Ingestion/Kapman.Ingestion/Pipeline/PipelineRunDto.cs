namespace Kapman.Ingestion.Pipeline;

/// <summary>A pipeline run as the API returns it.</summary>
/// <param name="Status">Derived from the stages: running, failed, partial or succeeded (see <see cref="RunStatus"/>).</param>
/// <param name="Trigger">Who started it: <c>api</c> (the API, CLI or web) or <c>schedule</c>.</param>
public sealed record PipelineRunDto(
    Guid RunId, DateOnly SessionDate, string Scope, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, IReadOnlyList<PipelineStageDto> Stages,
    string Trigger);
