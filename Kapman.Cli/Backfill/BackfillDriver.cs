using System.Diagnostics;

namespace Kapman.Cli.Backfill;

/// <summary>
/// Runs a backfill as a server-side job and follows it: starts the job, polls its progress every
/// <paramref name="pollInterval"/>, and when the service loses the job (it restarted: the job is unknown or cancelled)
/// starts it again from the day after its last committed session, with the same <c>force</c>. Without <c>force</c> the
/// new job also skips every session already loaded, so nothing is loaded twice. The range's session count and the
/// sessions skipped as already loaded come from the first job's plan, which the service reports once the job has read
/// what is loaded (the start response may still show zero).
/// </summary>
/// <param name="api">The job endpoints (retrying while the service is unreachable).</param>
/// <param name="pollInterval">Time between polls.</param>
/// <param name="delay">Waits between polls (a test passes a no-op).</param>
internal sealed class BackfillDriver(IBackfillJobApi api, TimeSpan pollInterval, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    private readonly Func<TimeSpan, CancellationToken, Task> wait = delay ?? Task.Delay;

    /// <summary>Runs the backfill, calling <paramref name="report"/> with the totals after every poll.</summary>
    /// <exception cref="Api.KapmanApiException">The service refused the job or stayed unreachable.</exception>
    public async Task<BackfillOutcome> RunAsync(BackfillJobRequest request, Action<BackfillTotals> report, CancellationToken ct)
    {
        var wall = Stopwatch.StartNew();
        var from = request.From;
        BackfillTotals carried = new(0, 0, 0, 0, 0, 0, 0, 0);
        var planned = false;
        while (true)
        {
            var last = await api.StartAsync(request with { From = from }, ct);
            while (true)
            {
                if (!planned)
                {
                    // The job plans its range (sessions, already loaded) after it starts: adopt the first plan seen.
                    carried = carried with { SessionsTotal = last.SessionsTotal, Skipped = last.SessionsSkipped };
                    planned = last.SessionsTotal > 0 || last.State is "succeeded" or "failed";
                }

                var totals = Combine(carried, last);
                report(totals);
                switch (last.State)
                {
                    case "succeeded":
                        return new BackfillOutcome(totals, wall.Elapsed, null, null);
                    case "failed":
                        return new BackfillOutcome(totals, wall.Elapsed, last.FailedAt, last.Error ?? "the backfill job failed");
                }

                if (last.State != "running")
                {
                    break;
                }

                await wait(pollInterval, ct);
                if (await api.GetAsync(last.Id, ct) is not { } next)
                {
                    break;
                }

                last = next;
            }

            carried = Combine(carried, last) with { SessionsDone = 0, Restarts = carried.Restarts + 1 };
            if (last.LastCommitted is { } committed && committed.AddDays(1) > from)
            {
                from = committed < request.To ? committed.AddDays(1) : request.To;
            }
        }
    }

    /// <summary>The totals so far: what earlier jobs did plus <paramref name="job"/>; sessions done = range total − the job's remaining ones.</summary>
    private static BackfillTotals Combine(BackfillTotals carried, BackfillJobStatus job) => carried with
    {
        SessionsDone = Math.Max(0, carried.SessionsTotal - job.Remaining),
        Rows = carried.Rows + job.Rows,
        Quarantined = carried.Quarantined + job.Quarantined,
        Missing = carried.Missing + job.Missing,
        Rejected = carried.Rejected + job.Rejected,
    };
}
