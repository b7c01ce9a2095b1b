namespace Kapman.Cli.Backfill;

/// <summary>
/// A backfill job as <c>GET /api/ingestion/backfill/jobs/{id}</c> reports it. <c>State</c> is <c>running</c>,
/// <c>succeeded</c>, <c>failed</c> or <c>cancelled</c>; sessions are NYSE sessions of the job's range.
/// </summary>
internal sealed record BackfillJobStatus(
    Guid Id, DateOnly From, DateOnly To, string Source, bool Force, string State, int SessionsTotal, int SessionsSkipped, int SessionsDone,
    int Loaded, int Missing, int Rejected, long Rows, long Quarantined, DateOnly? LastCommitted, long ElapsedMs, DateOnly? FailedAt, string? Error)
{
    /// <summary>Sessions of the range not yet skipped or committed.</summary>
    public int Remaining => Math.Max(0, SessionsTotal - SessionsSkipped - SessionsDone);
}
