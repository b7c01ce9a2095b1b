namespace Kapman.Ingestion.Apis;

/// <summary>
/// A backfill job as <c>GET /backfill/jobs/{id}</c> shows it. <c>State</c>: <c>running</c>, <c>succeeded</c>,
/// <c>failed</c> (<c>FailedAt</c>/<c>Error</c> say where and why; start it again to resume) or <c>cancelled</c>.
/// Sessions are NYSE sessions in the range: <c>SessionsSkipped</c> were already loaded, <c>SessionsDone</c> committed by
/// this job; <c>LastCommitted</c> is the latest committed one (sessions commit in date order). Rows/s = Rows / ElapsedMs × 1000.
/// </summary>
public sealed record BackfillJobDto(
    Guid Id, DateOnly From, DateOnly To, string Source, bool Force, string State, int SessionsTotal, int SessionsSkipped, int SessionsDone,
    int Loaded, int Missing, int Rejected, long Rows, long Inserted, long Quarantined, DateOnly? LastCommitted, long ElapsedMs,
    DateOnly? FailedAt, string? Error, BackfillTimingsDto Timings);
