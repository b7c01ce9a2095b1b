using System.Diagnostics;
using System.Globalization;
using Kapman.Metrics.Application;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.History;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Benchmarks;

/// <summary>
/// <c>-- history [--sessions 300] [--runs 2]</c>: history on demand (issue 22 item 2; goal 300 sessions × 680 tickers under
/// 60 s). The flat-file universe (907 sessions, every file through Ingestion's validator) is loaded into two throw-away
/// databases on the local PostgreSQL, one per service as in the suite; then, per run, the metrics history path
/// (<see cref="IndicatorHistory"/>) and the Wyckoff history path (<see cref="WyckoffHistory"/>) compute the last
/// <c>--sessions</c> sessions at the same time, in process, as the two services do behind <c>POST /history/compute</c> when
/// <c>kapman backfill</c> starts both (neither reads the other's rows). The first run fills empty tables; later runs replace the
/// same rows (an idempotent rerun). Wall times in seconds (each path's, and both together: the figure the goal is about), and the
/// CPU seconds this process spent (all threads; PostgreSQL's own work is not in it), which a loaded machine inflates less.
/// </summary>
public static class HistoryComputeBench
{
    public static async Task<int> RunAsync(string[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sessions = Option(options, "--sessions", 300);
        var runs = Option(options, "--runs", 2);
        var stored = WyckoffBenchData.Stored();
        var dates = stored.Values.SelectMany(b => b).Select(b => b.Date).Distinct().Order().ToArray();
        var (from, to) = (dates[^sessions], dates[^1]);
        var tickers = stored.Count(p => p.Value.Any(b => b.Date >= from));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// history bench: {sessions} sessions {from:yyyy-MM-dd}..{to:yyyy-MM-dd}, {tickers} tickers with bars then, {stored.Values.Sum(b => b.Length):N0} bars stored, {Environment.ProcessorCount} cores"));
        await using var metricsDb = await ServiceBenchDatabase.CreateAsync(new ServiceSchema("metrics", typeof(IndicatorStore).Assembly), stored);
        await using var wyckoffDb = await ServiceBenchDatabase.CreateAsync(new ServiceSchema("wyckoff", typeof(SnapshotStore).Assembly), stored);
        var metrics = new IndicatorHistory(metricsDb.DataSource, metricsDb.DataSource);
        var wyckoff = new WyckoffHistory(wyckoffDb.DataSource, wyckoffDb.DataSource, WyckoffParameters.Default);
        Console.WriteLine("| run | metrics s | metrics rows | wyckoff s | wyckoff rows | both together s | CPU s | load |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        for (var run = 1; run <= runs; run++)
        {
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var together = Stopwatch.StartNew();
            var metricsRun = TimeAsync(metrics, from, to);
            var wyckoffRun = TimeAsync(wyckoff, from, to);
            var (metricsTime, metricsRows) = await metricsRun;
            var (wyckoffTime, wyckoffRows) = await wyckoffRun;
            var wall = together.Elapsed;
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(run == 1 ? "first" : "rerun")} | {metricsTime.TotalSeconds:F1} | {metricsRows:N0} | {wyckoffTime.TotalSeconds:F1} | {wyckoffRows:N0} | {wall.TotalSeconds:F1} | {(process.TotalProcessorTime - cpu).TotalSeconds:F1} | {LoadAverage()} |"));
        }

        return 0;
    }

    private static async Task<(TimeSpan Time, long Rows)> TimeAsync(IHistoryComputer computer, DateOnly from, DateOnly to)
    {
        // Off the caller's thread at once, so the two paths start together.
        await Task.Yield();
        var progress = new HistoryProgress();
        var watch = Stopwatch.StartNew();
        await computer.RunAsync(from, to, progress, CancellationToken.None);
        return (watch.Elapsed, progress.Rows);
    }

    private static int Option(string[] options, string name, int fallback)
    {
        var at = Array.IndexOf(options, name);
        return at >= 0 && at + 1 < options.Length ? int.Parse(options[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
