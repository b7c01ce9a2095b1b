using Kapman.ServiceDefaults.Hosting;
using OpenTelemetry;
using static Kapman.ServiceDefaults.Telemetry.TelemetryExtensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.History;

/// <summary>
/// Runs history computations in the background, one at a time, with their progress in memory for polling (<see cref="SingleJobRunner{TJob}"/>).
/// Its queries are not traced (<see cref="SuppressInstrumentationScope"/>), the job is one span. A job dies with the process; the computation is idempotent, so starting the same range again redoes it to the same rows.
/// </summary>
public sealed partial class HistoryJobs(IHistoryComputer computer, IHostApplicationLifetime lifetime, ILogger<HistoryJobs> logger)
{
    private readonly SingleJobRunner<HistoryJob> runner = new(lifetime, logger);

    /// <summary>
    /// Starts a job for [<paramref name="from"/>, <paramref name="to"/>], or returns the running one: <c>Started</c> is
    /// false then, and <c>Conflict</c> true when the running job has another range.
    /// </summary>
    public (HistoryJob Job, bool Started, bool Conflict) Start(DateOnly from, DateOnly to) =>
        runner.Start(() => new HistoryJob(Guid.NewGuid(), from, to, computer.Unit), busy => busy.From == from && busy.To == to, RunAsync);

    /// <summary>The job with <paramref name="id"/>, or null (unknown, or started before the service restarted).</summary>
    public HistoryJob? Get(Guid id) => runner.Get(id);

    private async Task RunAsync(HistoryJob job, CancellationToken ct)
    {
        // One span for the job, none for its hundreds of thousands of queries: exported to the Aspire dashboard they cost it
        // more CPU than the job itself on a two-core machine (the job reports its own progress and totals).
        using (KapmanActivitySource.StartActivity("history " + computer.Unit))
        using (SuppressInstrumentationScope.Begin())
        {
            await computer.RunAsync(job.From, job.To, job.Progress, ct);
        }

        job.Succeed();
        LogDone(logger, job.From, job.To, job.Progress.Done, computer.Unit, job.Progress.Rows, job.Progress.ElapsedMs);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "History {From:yyyy-MM-dd}..{To:yyyy-MM-dd}: {Done} {Unit}, {Rows} rows in {Elapsed} ms")]
    private static partial void LogDone(ILogger logger, DateOnly from, DateOnly to, int done, string unit, long rows, long elapsed);
}
