namespace Kapman.Ingestion.Apis;

/// <summary>Answer to <c>POST /pipeline/runs</c>.</summary>
public sealed record StartRunResponse(Guid RunId);
