using System.Diagnostics;

namespace Kapman.ServiceDefaults.History;

/// <summary>Live counters of one history job, written by its <see cref="IHistoryComputer"/> and read by the status endpoint; thread-safe.</summary>
public sealed class HistoryProgress
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private int total;
    private int done;
    private long rows;

    /// <summary>Units (tickers or sessions) the job will process.</summary>
    public int Total => Volatile.Read(ref total);

    /// <summary>Units processed and committed so far.</summary>
    public int Done => Volatile.Read(ref done);

    /// <summary>Rows written so far (snapshots, one per ticker and session).</summary>
    public long Rows => Interlocked.Read(ref rows);

    /// <summary>Milliseconds since the job started.</summary>
    public long ElapsedMs => watch.ElapsedMilliseconds;

    /// <summary>Sets how many units the job will process.</summary>
    public void Plan(int units) => Volatile.Write(ref total, units);

    /// <summary>Counts <paramref name="units"/> committed units that wrote <paramref name="written"/> rows.</summary>
    public void Committed(int units, long written)
    {
        Interlocked.Add(ref done, units);
        Interlocked.Add(ref rows, written);
    }
}
