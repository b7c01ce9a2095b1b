namespace Kapman.Cli.Backfill;

/// <summary>Body of <c>POST /api/ingestion/backfill/jobs</c>.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="Source"><c>local</c>, <c>s3</c> or <c>polygon</c>; null for the service's configured source.</param>
/// <param name="Force">Reload sessions already loaded.</param>
internal sealed record BackfillJobRequest(DateOnly From, DateOnly To, string? Source, bool Force);
