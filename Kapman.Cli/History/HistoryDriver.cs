using System.Diagnostics;

namespace Kapman.Cli.History;

/// <summary>
/// Computes the analytical layers for a backfilled range (issue 22 item 2): the history job of each service of
/// <see cref="Services"/> in turn (indicators, then Wyckoff snapshots and events, then the recommendations they lead to with the
/// weekly outcome scoring, so Accuracy has scored calls over the range), each started, then polled every
/// <paramref name="pollInterval"/> until it ends. A job the service lost (it restarted) is started again: the computation is
/// idempotent. The first failure stops the run.
/// </summary>
/// <param name="api">The job endpoints.</param>
/// <param name="pollInterval">Time between polls.</param>
/// <param name="delay">Waits between polls (a test passes a no-op).</param>
internal sealed class HistoryDriver(IHistoryJobApi api, TimeSpan pollInterval, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    /// <summary>The services with a history path, in the order they run.</summary>
    public static readonly IReadOnlyList<string> Services = ["metrics", "wyckoff", "recommendation"];

    /// <summary>Most times a lost job is started again before the run fails.</summary>
    public const int MaxRestarts = 3;

    private readonly Func<TimeSpan, CancellationToken, Task> wait = delay ?? Task.Delay;

    /// <summary>Runs every service's job over [<paramref name="from"/>, <paramref name="to"/>], calling <paramref name="report"/> after every poll.</summary>
    /// <exception cref="Api.KapmanApiException">A service refused the job or was unreachable.</exception>
    public async Task<HistoryOutcome> RunAsync(DateOnly from, DateOnly to, Action<string, HistoryJobStatus> report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var wall = Stopwatch.StartNew();
        var finished = new List<HistoryJobStatus>();
        foreach (var service in Services)
        {
            var status = await RunOneAsync(service, from, to, report, ct);
            finished.Add(status);
            if (status.State != "succeeded")
            {
                return new HistoryOutcome(finished, wall.Elapsed, $"{service}: {status.State}: {status.Error ?? "no reason given"}");
            }
        }

        return new HistoryOutcome(finished, wall.Elapsed, null);
    }

    private async Task<HistoryJobStatus> RunOneAsync(string service, DateOnly from, DateOnly to, Action<string, HistoryJobStatus> report, CancellationToken ct)
    {
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
