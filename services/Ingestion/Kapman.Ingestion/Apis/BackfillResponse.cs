namespace Kapman.Ingestion.Apis;

/// <summary>What a backfill loaded: sessions loaded, NYSE sessions without a file, files rejected (unreadable or for a non-session), rows stored and quarantined, wall time.</summary>
/// <param name="FailedAt">The session where the source became unreachable (the backfill stops there; rerun to resume), else null.</param>
/// <param name="Error">Why it failed, else null.</param>
/// <param name="Skipped">Sessions skipped because an earlier run had loaded them (0 when the backfill forces a reload).</param>
public sealed record BackfillResponse(int Sessions, int Missing, int Rejected, int Rows, int Inserted, int Quarantined, long DurationMs, DateOnly? FailedAt = null, string? Error = null, int Skipped = 0);
