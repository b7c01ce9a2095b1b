using System.Collections.Concurrent;
using Kapman.Ingestion.Sources;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// Runs backfills in the background, one at a time, and keeps their progress in memory for polling. A job dies with
/// the process; since every committed session is recorded, starting the same range again resumes where it stopped.
/// </summary>
public sealed class BackfillJobs(BackfillRunner runner, SessionSources sources, IHostApplicationLifetime lifetime, ILogger<BackfillJobs> logger)
{
    private readonly ConcurrentDictionary<Guid, BackfillJob> jobs = new();
    private readonly Lock gate = new();
    private BackfillJob? running;

    /// <summary>
    /// Starts a job, or returns the running one when it has the same plan and source (a client retrying its request).
    /// <c>Started</c> is false in that case; <c>Conflict</c> is the running job when it has a different plan.
    /// </summary>
    /// <exception cref="InvalidOperationException">The source is unknown or not configured.</exception>
    public (BackfillJob Job, bool Started, bool Conflict) Start(BackfillPlan plan, string? sourceName)
    {
        var name = string.IsNullOrWhiteSpace(sourceName) ? sources.DefaultName : sourceName.Trim().ToLowerInvariant();
        var source = sources.Get(name);
        lock (gate)
        {
            if (running is { Running: true } busy)
            {
                var same = busy.Plan == plan && busy.Source == name;
                return (busy, false, !same);
            }

            var job = new BackfillJob(Guid.NewGuid(), plan, name);
            jobs[job.Id] = job;
            running = job;
            _ = Task.Run(() => ExecuteAsync(job, source));
            return (job, true, false);
        }
    }

    /// <summary>The job with <paramref name="id"/>, or null (unknown, or started before the service restarted).</summary>
    public BackfillJob? Get(Guid id) => jobs.GetValueOrDefault(id);

    private async Task ExecuteAsync(BackfillJob job, ISessionFileSource source)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            job.Finish(await runner.RunAsync(job.Plan, source, job.Progress, stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            job.Cancel();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Backfill job {Job} failed", job.Id);
            job.Fail(ex.Message);
        }
    }
}
