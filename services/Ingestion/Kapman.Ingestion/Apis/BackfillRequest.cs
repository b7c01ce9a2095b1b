namespace Kapman.Ingestion.Apis;

/// <summary>Body of <c>POST /backfill</c>: an inclusive session range.</summary>
public sealed record BackfillRequest(DateOnly? From, DateOnly? To);
