namespace Kapman.Web.Clients;

/// <summary>A daily pipeline run (ingestion API <c>GET /pipeline/runs/latest</c>).</summary>
/// <param name="RunId">Run id.</param>
/// <param name="SessionDate">NYSE session the run processes.</param>
/// <param name="Status">succeeded, failed, partial or running (derived from the stages).</param>
/// <param name="CreatedAt">When the run was requested.</param>
/// <param name="FinishedAt">When the last stage finished, null while running.</param>
/// <param name="Stages">Stages in pipeline order: ingestion, metrics, options, wyckoff, recommendation, notification (a weekly run: outcomes, retention).</param>
/// <param name="Kind">daily or weekly.</param>
/// <param name="Retention">What a weekly run pruned, by table; null or empty for a daily run.</param>
public sealed record PipelineRun(
    Guid RunId,
    DateOnly SessionDate,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<PipelineStage> Stages,
    string Kind = "daily",
    IReadOnlyDictionary<string, RetentionCount>? Retention = null);
