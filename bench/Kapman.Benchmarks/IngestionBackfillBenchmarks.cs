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
/// 610,384 rows of which 608,653 are valid) through the service's <see cref="BackfillRunner"/> (read-ahead pipeline,
/// validation, COPY and upsert, split detection, run records; retention off) into an empty database each iteration.
/// Prints rows/s and the process's peak working set. Goal: ≥ 300,000 rows/s.
/// </summary>
[Config(typeof(IngestionBackfillConfig))]
public class IngestionBackfillBenchmarks
{
    private IngestionBenchDatabase database = null!;
    private BackfillRunner runner = null!;

    [GlobalSetup]
    public void Setup()
    {
        database = IngestionBenchDatabase.CreateAsync().GetAwaiter().GetResult();
        var root = Path.GetDirectoryName(IngestionBenchData.FlatFiles())!;
        var options = new IngestionOptions(root, RetentionSessions: 0);
        var loader = new SessionLoader(new LocalSessionFileSource(options), options, TimeProvider.System, NullLogger<SessionLoader>.Instance);
        runner = new BackfillRunner(new ServiceDatabase(database.DataSource, new OutboxSignal()), loader);
    }

    [IterationSetup]
    public void Empty()
    {
        using var connection = database.DataSource.OpenConnection();
        connection.Execute("TRUNCATE daily_bars, tickers, quarantined_rows, ingestion_runs, split_factors");
    }

    [Benchmark]
    public void FullBackfill()
    {
        var watch = Stopwatch.StartNew();
        var result = runner.RunAsync(new DateOnly(2023, 1, 1), new DateOnly(2026, 8, 14), CancellationToken.None).GetAwaiter().GetResult();
        var seconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// full backfill: {result.Sessions} sessions, {result.Rows} rows, {result.Quarantined} quarantined in {seconds:F1} s = " +
            $"{result.Rows / seconds:F0} rows/s; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    [GlobalCleanup]
    public void Cleanup() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
