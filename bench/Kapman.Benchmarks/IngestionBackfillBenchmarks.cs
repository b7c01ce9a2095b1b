using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Dapper;
using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Benchmarks;

/// <summary>
/// The full backfill end to end, in process: every day 2023-01-01 .. 2026-08-14 of ../shared/data/flatfiles (907 sessions,
/// 610,384 rows of which 608,653 are valid) through the service's <see cref="BackfillRunner"/> (channel pipeline:
/// download and parse ahead of the writer; groups of up to 16 sessions, each one transaction with its COPY, tickers,
/// quarantine, split detection and run records, written on the service's default two connections and committed in
/// date order; retention off) into an empty database each iteration (its month partitions stay between iterations).
/// Prints rows/s, the process's peak working set and its garbage collections. Goal: ≥ 300,000 rows/s.
/// </summary>
[Config(typeof(IngestionBackfillConfig))]
public class IngestionBackfillBenchmarks
{
    private IngestionBenchDatabase database = null!;
    private BackfillRunner runner = null!;
    private LocalSessionFileSource source = null!;

    [GlobalSetup]
    public void Setup()
    {
        database = IngestionBenchDatabase.CreateAsync().GetAwaiter().GetResult();
        var root = Path.GetDirectoryName(IngestionBenchData.FlatFiles())!;
        source = new LocalSessionFileSource(new DataFiles(root));
        runner = new BackfillRunner(new ServiceDatabase(database.DataSource, new OutboxSignal()), Microsoft.Extensions.Options.Options.Create(new IngestionOptions { RetentionSessions = 0 }),
            TimeProvider.System, NullLogger<BackfillRunner>.Instance);
    }

    // Every iteration starts alike, from an idle database: empty tables, no autovacuum still analysing the previous
    // iteration's 610K rows (it would compete for the two cores), and a fresh checkpoint (the ~100 MB of WAL a backfill
    // writes would otherwise trigger checkpoints in whichever later iteration crosses max_wal_size).
    [IterationSetup]
    public void Empty()
    {
        using var connection = database.DataSource.OpenConnection();
        connection.Execute("TRUNCATE daily_bars, tickers, quarantined_rows, ingestion_runs, split_factors");
        var idleBy = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < idleBy && connection.ExecuteScalar<bool>(
                   "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname = current_database())"))
        {
            Thread.Sleep(100);
        }

        connection.Execute("CHECKPOINT", commandType: System.Data.CommandType.Text);
    }

    [Benchmark]
    public void FullBackfill()
    {
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        var progress = new BackfillProgress();
        var result = runner.RunAsync(new BackfillPlan(new DateOnly(2023, 1, 1), new DateOnly(2026, 8, 14), Force: false), source, progress, CancellationToken.None).GetAwaiter().GetResult();
        var seconds = watch.Elapsed.TotalSeconds;
        var t = progress.Snapshot();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// full backfill: {result.Sessions} sessions, {result.Rows} rows, {result.Quarantined} quarantined in {seconds:F2} s = " +
            $"{(result.Rows + result.Quarantined) / seconds:F0} file rows/s ({result.Rows / seconds:F0} stored rows/s); writer: waited for reads {t.ReadWaitMs:F0} ms, " +
            $"transactions {t.WriteMs:F0} ms (summed over the writers); peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB; " +
            $"GCs gen0/1/2 {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}");
    }

    [GlobalCleanup]
    public void Cleanup() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
