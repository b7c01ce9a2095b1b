namespace Kapman.Ingestion.Loading;

/// <summary>A backfill's counters at one moment (see <see cref="BackfillProgress"/>).</summary>
/// <param name="SessionsTotal">NYSE sessions in the range.</param>
/// <param name="SessionsSkipped">Sessions skipped because a run had already loaded them (0 with <c>force</c>).</param>
/// <param name="SessionsDone">Sessions committed by this backfill (loaded, missing or rejected).</param>
/// <param name="Loaded">Sessions whose rows were stored.</param>
/// <param name="Missing">Sessions without a file.</param>
/// <param name="Rejected">Files rejected whole (unreadable, or for a closed day).</param>
/// <param name="Rows">Valid rows stored.</param>
/// <param name="Inserted">Rows new to <c>daily_bars</c>.</param>
/// <param name="Quarantined">Rows quarantined with a reason.</param>
/// <param name="LastCommitted">The latest session committed, or null.</param>
/// <param name="ElapsedMs">Milliseconds since the backfill started.</param>
/// <param name="ReadWaitMs">Milliseconds the writer waited for download and parse (near 0 when the pipeline keeps it fed).</param>
/// <param name="WriteMs">Milliseconds in session transactions (split detection, COPY, tickers, quarantine, run record, commit), summed over the writer connections (so it may exceed the elapsed time).</param>
public sealed record BackfillProgressSnapshot(
    int SessionsTotal, int SessionsSkipped, int SessionsDone, int Loaded, int Missing, int Rejected, long Rows, long Inserted, long Quarantined,
    DateOnly? LastCommitted, long ElapsedMs, double ReadWaitMs, double WriteMs);
