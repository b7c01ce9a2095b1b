namespace Kapman.Cli.Api;

/// <summary>202 body of <c>POST /api/ingestion/pipeline/runs</c>.</summary>
/// <param name="RunId">Id to poll.</param>
internal sealed record PipelineRunAccepted(Guid RunId);
