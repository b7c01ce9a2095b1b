using Kapman.Ingestion.Apis;

namespace Kapman.Ingestion.Loading;

/// <summary>One backfill running in the background (see <see cref="BackfillJobs"/>); its state lives in memory only.</summary>
public sealed class BackfillJob(Guid id, BackfillPlan plan, string source) : Kapman.ServiceDefaults.Hosting.IBackgroundJob
{
    private volatile string state = "running";

    /// <summary>The job's id.</summary>
    public Guid Id { get; } = id;

    /// <summary>The range and whether it forces a reload.</summary>
    public BackfillPlan Plan { get; } = plan;

    /// <summary>The source's name (<c>local</c>, <c>s3</c>, <c>polygon</c>).</summary>
    public string Source { get; } = source;

    /// <summary>Live counters.</summary>
    public BackfillProgress Progress { get; } = new();

    /// <summary><c>running</c>, <c>succeeded</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public string State => state;

    /// <summary>Set when the job stopped on an unreachable source or an error.</summary>
    public DateOnly? FailedAt { get; private set; }

    /// <summary>Why the job failed, else null.</summary>
    public string? Error { get; private set; }

    /// <summary>True until the job ends.</summary>
    public bool Running => state == "running";

    /// <summary>Ends the job with the runner's result (failed when it stopped at a session).</summary>
    public void Finish(BackfillResponse result)
    {
        (FailedAt, Error) = (result.FailedAt, result.Error);
        state = result.Error is null ? "succeeded" : "failed";
    }

    /// <summary>Ends the job as failed with <paramref name="reason"/>.</summary>
    public void Fail(string reason)
    {
        Error = reason;
        state = "failed";
    }

    /// <summary>Ends the job as cancelled (the service is stopping).</summary>
    public void Cancel()
    {
        Error = "the ingestion service stopped";
        state = "cancelled";
    }

    /// <summary>The job as the API shows it.</summary>
    public BackfillJobDto ToDto()
    {
        var s = Progress.Snapshot();
        return new BackfillJobDto(Id, Plan.From, Plan.To, Source, Plan.Force, State, s.SessionsTotal, s.SessionsSkipped, s.SessionsDone,
            s.Loaded, s.Missing, s.Rejected, s.Rows, s.Inserted, s.Quarantined, s.LastCommitted, s.ElapsedMs, FailedAt, Error,
            new BackfillTimingsDto(Math.Round(s.ReadWaitMs, 1), Math.Round(s.WriteMs, 1)));
    }
}
