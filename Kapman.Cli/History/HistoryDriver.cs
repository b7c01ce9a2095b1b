using System.Diagnostics;

namespace Kapman.Cli.History;

/// <summary>
/// Computes the analytical layers for a backfilled range (issue 22 item 2): the history jobs of each stage of <see cref="Stages"/>
/// in turn, the jobs of one stage at the same time (indicators and Wyckoff snapshots read only bars, not each other's rows, so
/// they share the machine; then the recommendations they lead to with the weekly outcome scoring, so Accuracy has scored calls
/// over the range), each started, then polled every <paramref name="pollInterval"/> until it ends. A job the service lost (it
/// restarted) is started again: the computation is idempotent. A failed job stops the run once its stage has ended.
/// </summary>
/// <param name="api">The job endpoints.</param>
/// <param name="pollInterval">Time between polls.</param>
/// <param name="delay">Waits between polls (a test passes a no-op).</param>
internal sealed class HistoryDriver(IHistoryJobApi api, TimeSpan pollInterval, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    /// <summary>The services with a history path, by stage: the services of a stage run together, a stage after the one before.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Stages = [["metrics", "wyckoff"], ["recommendation"]];

    /// <summary>Every service with a history path, stage by stage (the order of <see cref="HistoryOutcome.Jobs"/>).</summary>
    public static readonly IReadOnlyList<string> Services = [.. Stages.SelectMany(s => s)];

    /// <summary>Most times a lost job is started again before the run fails.</summary>
    public const int MaxRestarts = 3;

    private readonly Func<TimeSpan, CancellationToken, Task> wait = delay ?? Task.Delay;

    /// <summary>
    /// Runs every service's job over [<paramref name="from"/>, <paramref name="to"/>], calling <paramref name="report"/> after every poll
    /// (one call at a time, though the jobs of a stage run together).
    /// </summary>
    /// <exception cref="Api.KapmanApiException">A service refused the job or was unreachable.</exception>
    public async Task<HistoryOutcome> RunAsync(DateOnly from, DateOnly to, Action<string, HistoryJobStatus> report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var wall = Stopwatch.StartNew();
        var gate = new Lock();
        void Report(string service, HistoryJobStatus status)
        {
            lock (gate)
            {
                report(service, status);
            }
        }

        var finished = new List<HistoryJobStatus>();
        foreach (var stage in Stages)
        {
            var statuses = await Task.WhenAll(stage.Select(service => RunOneAsync(service, from, to, Report, ct)));
            finished.AddRange(statuses);
            if (stage.Zip(statuses).FirstOrDefault(j => j.Second.State != "succeeded") is ({ } service, { } status))
            {
                return new HistoryOutcome(finished, wall.Elapsed, $"{service}: {status.State}: {status.Error ?? "no reason given"}");
            }
        }

        return new HistoryOutcome(finished, wall.Elapsed, null);
    }

    private async Task<HistoryJobStatus> RunOneAsync(string service, DateOnly from, DateOnly to, Action<string, HistoryJobStatus> report, CancellationToken ct)
    {
        // Off the caller's thread at once, so the jobs of a stage start together even when the first answers synchronously.
        await Task.Yield();
        for (var restarts = 0; ; restarts++)
        {
            var status = await api.StartAsync(service, from, to, ct);
            while (true)
            {
                report(service, status);
                if (status.State != "running")
                {
                    break;
                }

                await wait(pollInterval, ct);
                if (await api.GetAsync(service, status.Id, ct) is not { } next)
                {
                    break;
                }

                status = next;
            }

            if (status.State is "succeeded" or "failed" || restarts >= MaxRestarts)
            {
                return status;
            }
        }
    }
}
