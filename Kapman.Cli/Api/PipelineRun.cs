namespace Kapman.Cli.Api;

/// <summary>A pipeline run as <c>GET /api/ingestion/pipeline/runs/{runId}</c> returns it.</summary>
/// <param name="RunId">Run id.</param>
/// <param name="SessionDate">Trading session the run processes.</param>
/// <param name="Status">running, succeeded, failed or partial.</param>
/// <param name="CreatedAt">When the run was requested.</param>
/// <param name="FinishedAt">When it reached a final state, if it has.</param>
/// <param name="Stages">Stages in run order.</param>
internal sealed record PipelineRun(
    Guid RunId, DateOnly SessionDate, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, IReadOnlyList<PipelineStage> Stages);
