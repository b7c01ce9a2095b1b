namespace Kapman.Ingestion.Apis;

/// <summary>Body of <c>POST /backfill/jobs</c>.</summary>
/// <param name="From">First day (yyyy-MM-dd).</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="Source"><c>local</c>, <c>s3</c> or <c>polygon</c>; null for the configured source.</param>
/// <param name="Force">Reload sessions that are already loaded (default false: skip them).</param>
public sealed record BackfillJobRequest(DateOnly? From, DateOnly? To, string? Source, bool? Force);
