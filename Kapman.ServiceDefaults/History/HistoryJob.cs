using Kapman.ServiceDefaults.Hosting;

namespace Kapman.ServiceDefaults.History;

/// <summary>One history computation running in the background (see <see cref="HistoryJobs"/>); its state lives in memory only.</summary>
public sealed class HistoryJob(Guid id, DateOnly from, DateOnly to, string unit) : IBackgroundJob
{
    private volatile string state = "running";

    /// <summary>The job's id.</summary>
    public Guid Id { get; } = id;

    /// <summary>First session of the range.</summary>
    public DateOnly From { get; } = from;

    /// <summary>Last session of the range.</summary>
    public DateOnly To { get; } = to;

    /// <summary>Live counters.</summary>
    public HistoryProgress Progress { get; } = new();

    /// <summary><c>running</c>, <c>succeeded</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public string State => state;

    /// <summary>Why the job failed or was cancelled, else null.</summary>
    public string? Error { get; private set; }

    /// <summary>True until the job ends.</summary>
    public bool Running => state == "running";

    /// <summary>Ends the job as succeeded.</summary>
    public void Succeed() => state = "succeeded";

    /// <summary>Ends the job as failed with <paramref name="reason"/>.</summary>
    public void Fail(string reason)
    {
        Error = reason;
        state = "failed";
    }

    /// <summary>Ends the job as cancelled (the service is stopping).</summary>
    public void Cancel()
    {
        Error = "the service stopped";
        state = "cancelled";
    }

    /// <summary>The job as the API shows it.</summary>
    public HistoryJobDto ToDto() => new(Id, From, To, State, unit, Progress.Total, Progress.Done, Progress.Rows, Progress.ElapsedMs, Error);
}
