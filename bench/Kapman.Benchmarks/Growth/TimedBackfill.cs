using System.Diagnostics;
using Kapman.Ingestion.Apis;
using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Benchmarks.Growth;

/// <summary>
/// One backfill through the ingestion service's own job code (<see cref="BackfillRunner"/>, as <c>POST /backfill/jobs</c> and the
/// synchronous <c>POST /backfill</c> run it: read-ahead and parse on the thread pool, groups of sessions COPYed on the default two
/// writer connections) from a data root's local flat files, in process, retention off; timed from the call to its return.
/// </summary>
/// <param name="Result">What the runner reported.</param>
/// <param name="Elapsed">Wall time of the call(s).</param>
/// <param name="ReadWaitMs">Time the writer waited for the next parsed session (summed).</param>
/// <param name="WriteMs">Time in write transactions (summed over the writer connections).</param>
/// <param name="Cpu">CPU time of this process meanwhile, all threads (reading, parsing, COPY encoding; PostgreSQL's work is not in it).</param>
/// <param name="LoadBefore">1-minute load average at the start.</param>
/// <param name="LoadAfter">1-minute load average at the end.</param>
public sealed record TimedBackfill(BackfillResponse Result, TimeSpan Elapsed, double ReadWaitMs, double WriteMs, TimeSpan Cpu, double LoadBefore, double LoadAfter)
{
    /// <summary>The chunk the CLI's synchronous backfill (<c>kapman demo</c>) asks for at a time: 60 calendar days.</summary>
    public const int DemoChunkDays = 60;

    /// <summary>Rows stored per second of wall time.</summary>
    public double RowsPerSecond => Result.Rows / Elapsed.TotalSeconds;

    /// <summary>Runs [<paramref name="from"/>, <paramref name="to"/>] in one call, or in calls of <paramref name="chunkDays"/> calendar days as the demo does.</summary>
    public static async Task<TimedBackfill> RunAsync(NpgsqlDataSource dataSource, GrowthRoot root, DateOnly from, DateOnly to, bool force, int? chunkDays = null,
        int writers = IngestionOptions.DefaultBackfillWriters)
    {
        ArgumentNullException.ThrowIfNull(root);
        var runner = new BackfillRunner(new ServiceDatabase(dataSource, new OutboxSignal()), Microsoft.Extensions.Options.Options.Create(new IngestionOptions { RetentionSessions = 0, BackfillWriters = writers }),
            TimeProvider.System, NullLogger<BackfillRunner>.Instance);
        var source = new LocalSessionFileSource(root.Files);
        var loadBefore = MachineLoad.OneMinute();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var total = new BackfillResponse(0, 0, 0, 0, 0, 0, 0);
        var (readWait, write) = (0.0, 0.0);
        for (var start = from; start <= to; start = start.AddDays(chunkDays ?? int.MaxValue / 2))
        {
            var end = chunkDays is { } days && start.AddDays(days - 1) < to ? start.AddDays(days - 1) : to;
            var progress = new BackfillProgress();
            var r = await runner.RunAsync(new BackfillPlan(start, end, force), source, progress, CancellationToken.None);
            if (r.Error is not null)
            {
                throw new InvalidOperationException($"Backfill stopped at {r.FailedAt}: {r.Error}");
            }

            var t = progress.Snapshot();
            (readWait, write) = (readWait + t.ReadWaitMs, write + t.WriteMs);
            total = total with
            {
                Sessions = total.Sessions + r.Sessions, Missing = total.Missing + r.Missing, Rejected = total.Rejected + r.Rejected, Rows = total.Rows + r.Rows,
                Inserted = total.Inserted + r.Inserted, Quarantined = total.Quarantined + r.Quarantined, Skipped = total.Skipped + r.Skipped,
            };
            if (end == to)
            {
                break;
            }
        }

        var elapsed = watch.Elapsed;
        process.Refresh();
        return new TimedBackfill(total with { DurationMs = (long)elapsed.TotalMilliseconds }, elapsed, readWait, write, process.TotalProcessorTime - cpu,
            loadBefore, MachineLoad.OneMinute());
    }
}
