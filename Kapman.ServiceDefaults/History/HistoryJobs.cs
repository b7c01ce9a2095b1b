using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.History;

/// <summary>
/// Runs history computations in the background, one at a time, and keeps their progress in memory for polling (the
/// pattern of Ingestion's backfill jobs). A job dies with the process; the computation is idempotent, so starting the
/// same range again redoes it to the same rows.
/// </summary>
public sealed class HistoryJobs(IHistoryComputer computer, IHostApplicationLifetime lifetime, ILogger<HistoryJobs> logger)
{
    private readonly ConcurrentDictionary<Guid, HistoryJob> jobs = new();
    private readonly Lock gate = new();
    private HistoryJob? running;

    /// <summary>
    /// Starts a job for [<paramref name="from"/>, <paramref name="to"/>], or returns the running one: <c>Started</c> is
    /// false then, and <c>Conflict</c> true when the running job has another range.
    /// </summary>
    public (HistoryJob Job, bool Started, bool Conflict) Start(DateOnly from, DateOnly to)
    {
        lock (gate)
        {
            if (running is { Running: true } busy)
            {
                return (busy, false, busy.From != from || busy.To != to);
            }

            var job = new HistoryJob(Guid.NewGuid(), from, to, computer.Unit);
            jobs[job.Id] = job;
            running = job;
            _ = Task.Run(() => ExecuteAsync(job));
            return (job, true, false);
        }
    }

    /// <summary>The job with <paramref name="id"/>, or null (unknown, or started before the service restarted).</summary>
    public HistoryJob? Get(Guid id) => jobs.GetValueOrDefault(id);

    private async Task ExecuteAsync(HistoryJob job)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await computer.RunAsync(job.From, job.To, job.Progress, stopping);
            job.Succeed();
            logger.LogInformation(
                "History {From:yyyy-MM-dd}..{To:yyyy-MM-dd}: {Done} {Unit}, {Rows} rows in {Elapsed} ms",
                job.From, job.To, job.Progress.Done, computer.Unit, job.Progress.Rows, job.Progress.ElapsedMs);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            job.Cancel();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "History job {Job} failed", job.Id);
            job.Fail(ex.Message);
        }
    }
}
