namespace Kapman.Ingestion.Apis;

/// <summary>What a backfill loaded: sessions with a file, weekdays without one, rows stored and quarantined, wall time.</summary>
public sealed record BackfillResponse(int Sessions, int Missing, int Rejected, int Rows, int Inserted, int Quarantined, long DurationMs);
