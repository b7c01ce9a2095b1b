using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.Hosting;

/// <summary>
/// Runs long jobs started by an API call (a backfill, a history computation) in the background, one at a time, and keeps them in memory
/// for polling. A job dies with the process (its work must be resumable or idempotent, so starting it again is safe); a job that throws
/// ends failed with the message, and one the stopping host interrupts ends cancelled.
/// </summary>
/// <typeparam name="TJob">The job type.</typeparam>
/// <param name="lifetime">Its stopping token cancels the running job.</param>
/// <param name="logger">Where a failed job is logged.</param>
public sealed partial class SingleJobRunner<TJob>(IHostApplicationLifetime lifetime, ILogger logger)
    where TJob : class, IBackgroundJob
{
    private readonly ConcurrentDictionary<Guid, TJob> jobs = new();
    private readonly Lock gate = new();
    private TJob? running;

    /// <summary>
    /// Starts the job <paramref name="create"/> makes, running <paramref name="run"/> on it, or returns the running one: <c>Started</c> is
    /// false then, and <c>Conflict</c> true when <paramref name="isSameRequest"/> says the running job was asked for something else.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public (TJob Job, bool Started, bool Conflict) Start(Func<TJob> create, Func<TJob, bool> isSameRequest, Func<TJob, CancellationToken, Task> run)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(isSameRequest);
        ArgumentNullException.ThrowIfNull(run);
        lock (gate)
        {
            if (running is { Running: true } busy)
            {
                return (busy, false, !isSameRequest(busy));
            }

            var job = create();
            jobs[job.Id] = job;
            running = job;
            _ = Task.Run(() => ExecuteAsync(job, run));
            return (job, true, false);
        }
    }

    /// <summary>The job with <paramref name="id"/>, or null (unknown, or started before the service restarted).</summary>
    public TJob? Get(Guid id) => jobs.GetValueOrDefault(id);

    private async Task ExecuteAsync(TJob job, Func<TJob, CancellationToken, Task> run)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await run(job, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            job.Cancel();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, ex, typeof(TJob).Name, job.Id);
            job.Fail(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{JobType} {Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobType, Guid job);
}
