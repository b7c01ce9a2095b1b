namespace Kapman.Cli.Backfill;

/// <summary>A whole backfill's progress across the jobs it took (one more per service restart).</summary>
/// <param name="SessionsTotal">NYSE sessions in the requested range.</param>
/// <param name="SessionsDone">Sessions skipped as already loaded or committed so far.</param>
/// <param name="Rows">Rows stored by this backfill.</param>
/// <param name="Quarantined">Rows quarantined by this backfill.</param>
/// <param name="Missing">Sessions without a file.</param>
/// <param name="Rejected">Files rejected whole.</param>
/// <param name="Skipped">Sessions skipped because they were already loaded.</param>
/// <param name="Restarts">Times the job was lost (service restart) and started again from its last committed session.</param>
internal sealed record BackfillTotals(int SessionsTotal, int SessionsDone, long Rows, long Quarantined, int Missing, int Rejected, int Skipped, int Restarts);
