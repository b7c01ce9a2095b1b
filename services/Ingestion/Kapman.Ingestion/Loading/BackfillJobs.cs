using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults.Hosting;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// Runs backfills in the background, one at a time, with their progress in memory for polling (<see cref="SingleJobRunner{TJob}"/>). A job
/// dies with the process; since every committed session is recorded, starting the same range again resumes where it stopped.
/// </summary>
public sealed class BackfillJobs(BackfillRunner runner, SessionSources sources, IHostApplicationLifetime lifetime, ILogger<BackfillJobs> logger)
{
    private readonly SingleJobRunner<BackfillJob> jobs = new(lifetime, logger);

    /// <summary>
    /// Starts a job, or returns the running one when it has the same plan and source (a client retrying its request).
    /// <c>Started</c> is false in that case; <c>Conflict</c> is the running job when it has a different plan.
    /// </summary>
    /// <exception cref="InvalidOperationException">The source is unknown or not configured.</exception>
    public (BackfillJob Job, bool Started, bool Conflict) Start(BackfillPlan plan, string? sourceName)
    {
        var name = string.IsNullOrWhiteSpace(sourceName) ? sources.DefaultName : sourceName.Trim().ToLowerInvariant();
        var source = sources.Get(name);
        return jobs.Start(
            () => new BackfillJob(Guid.NewGuid(), plan, name),
            busy => busy.Plan == plan && busy.Source == name,
            async (job, ct) => job.Finish(await runner.RunAsync(job.Plan, source, job.Progress, ct)));
    }

    /// <summary>The job with <paramref name="id"/>, or null (unknown, or started before the service restarted).</summary>
    public BackfillJob? Get(Guid id) => jobs.Get(id);
}
