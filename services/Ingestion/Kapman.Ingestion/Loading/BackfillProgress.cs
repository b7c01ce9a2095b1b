using System.Diagnostics;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// Live counters of one backfill, written by its pipeline and read by <c>GET /backfill/jobs/{id}</c>; thread-safe.
/// Sessions are NYSE sessions of the range; a session counts as done once its transaction has committed.
/// </summary>
public sealed class BackfillProgress
{
    private readonly Lock gate = new();
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private BackfillProgressSnapshot current = new(0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0);

    /// <summary>Sets the plan: NYSE sessions in the range and those skipped as already loaded.</summary>
    public void Plan(int sessions, int skipped) => Update(s => s with { SessionsTotal = sessions, SessionsSkipped = skipped });

    /// <summary>Counts a committed session: <paramref name="status"/> is <c>loaded</c>, <c>missing</c> or <c>rejected</c>.</summary>
    public void Committed(DateOnly session, string status, int rows, int inserted, int quarantined) => Update(s => s with
    {
        SessionsDone = s.SessionsDone + 1,
        Loaded = s.Loaded + (status == "loaded" ? 1 : 0),
        Missing = s.Missing + (status == "missing" ? 1 : 0),
        Rejected = s.Rejected + (status == "rejected" ? 1 : 0),
        Rows = s.Rows + rows,
        Inserted = s.Inserted + inserted,
        Quarantined = s.Quarantined + quarantined,
        LastCommitted = s.LastCommitted is { } last && last > session ? last : session,
    });

    /// <summary>Counts a file for a closed day, rejected (not an NYSE session, so not in <see cref="BackfillProgressSnapshot.SessionsDone"/>).</summary>
    public void RejectedClosedDay() => Update(s => s with { Rejected = s.Rejected + 1 });

    /// <summary>Adds time spent by the writer: waiting for the next read, and in its transactions (milliseconds).</summary>
    public void Timed(double readWaitMs, double writeMs) => Update(s => s with
    {
        ReadWaitMs = s.ReadWaitMs + readWaitMs,
        WriteMs = s.WriteMs + writeMs,
    });

    /// <summary>The counters now, with the elapsed time.</summary>
    public BackfillProgressSnapshot Snapshot()
    {
        lock (gate)
        {
            return current with { ElapsedMs = watch.ElapsedMilliseconds };
        }
    }

    private void Update(Func<BackfillProgressSnapshot, BackfillProgressSnapshot> change)
    {
        lock (gate)
        {
            current = change(current);
        }
    }
}
