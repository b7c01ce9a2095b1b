namespace Kapman.ServiceDefaults.Hosting;

/// <summary>A job <see cref="SingleJobRunner{TJob}"/> runs: its id, whether it is still running, and how it ends when it does not succeed.</summary>
public interface IBackgroundJob
{
    /// <summary>The job's id, as clients poll it.</summary>
    Guid Id { get; }

    /// <summary>True until the job ends.</summary>
    bool Running { get; }

    /// <summary>Ends the job as cancelled (the service is stopping).</summary>
    void Cancel();

    /// <summary>Ends the job as failed with <paramref name="reason"/>.</summary>
    void Fail(string reason);
}
