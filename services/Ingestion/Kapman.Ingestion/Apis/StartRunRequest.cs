namespace Kapman.Ingestion.Apis;

/// <summary>Body of <c>POST /pipeline/runs</c>.</summary>
/// <param name="SessionDate">The NYSE session to run.</param>
/// <param name="Scope"><c>all</c> (default): every ticker of the session.</param>
public sealed record StartRunRequest(DateOnly? SessionDate, string? Scope);
