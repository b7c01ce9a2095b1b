using Kapman.Cli.Commands;
using Kapman.Cli.History;

namespace Kapman.Cli.Tests;

/// <summary>
/// <c>kapman backfill --with-history</c> and the demo's history step: metrics and Wyckoff together, then recommendation, each job polled
/// to its end, a job the service lost started again, a failure stops the run and says which service; the summary line carries the figures.
/// </summary>
public class HistoryDriverTests
{
    private static readonly DateOnly From = new(2025, 6, 5);
    private static readonly DateOnly To = new(2025, 8, 25);

    [Test]
    public async Task Metrics_and_wyckoff_run_together_then_recommendation_each_polled_until_it_succeeds()
    {
        var api = new FakeApi();
        api.Script("metrics", Status("running", "tickers", 679, 0, 0), Status("running", "tickers", 679, 336, 18_000), Status("succeeded", "tickers", 679, 679, 37_000));
        api.Script("wyckoff", Status("running", "sessions", 57, 10, 6_790), Status("succeeded", "sessions", 57, 57, 38_703));
        api.Script("recommendation", Status("succeeded", "sessions", 57, 57, 1_204));
        var reports = new List<string>();
        // Every poll waits until both first-stage jobs have started: run one after the other, the first job's poll would time out.
        var bothStarted = new TaskCompletionSource();
        api.Starting = started => { if (started.Count == 2) { bothStarted.TrySetResult(); } };

        var outcome = await new HistoryDriver(api, TimeSpan.Zero, (_, ct) => bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), ct))
            .RunAsync(From, To, (s, j) => reports.Add($"{s} {j.Done}/{j.Total}"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Succeeded, Is.True);
            Assert.That(api.Started.Take(2), Is.EquivalentTo(new[] { "metrics 2025-06-05..2025-08-25", "wyckoff 2025-06-05..2025-08-25" }));
            Assert.That(api.Started.Skip(2), Is.EqualTo(new[] { "recommendation 2025-06-05..2025-08-25" }), "recommendation starts after both");
            Assert.That(reports.Where(r => r.StartsWith("metrics", StringComparison.Ordinal)), Is.EqualTo(new[] { "metrics 0/679", "metrics 336/679", "metrics 679/679" }));
            Assert.That(reports.Where(r => r.StartsWith("wyckoff", StringComparison.Ordinal)), Is.EqualTo(new[] { "wyckoff 10/57", "wyckoff 57/57" }));
            Assert.That(reports.Last(), Is.EqualTo("recommendation 57/57"));
            Assert.That(HistoryProgressView.Summary(outcome with { WallTime = TimeSpan.FromSeconds(41) }),
                Does.StartWith("History: indicators 679 tickers, 37,000 rows in 12.0 s; Wyckoff 57 sessions, 38,703 rows in 12.0 s; recommendations and outcomes 57 sessions, 1,204 rows in 12.0 s; wall ").And.EndWith("."));
        });
    }

    [Test]
    public async Task A_lost_job_is_started_again_and_a_failure_names_the_service()
    {
        var api = new FakeApi();
        api.Script("metrics", Status("running", "tickers", 679, 100, 5_000), null, Status("succeeded", "tickers", 679, 679, 37_000));
        api.Script("wyckoff", Status("failed", "sessions", 57, 10, 6_790) with { Error = "disk full" });

        var outcome = await new HistoryDriver(api, TimeSpan.Zero, (_, _) => Task.CompletedTask).RunAsync(From, To, (_, _) => { }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(api.Started, Is.EquivalentTo(new[] { "metrics 2025-06-05..2025-08-25", "metrics 2025-06-05..2025-08-25", "wyckoff 2025-06-05..2025-08-25" }),
                "the lost metrics job (404) is started again; the computation is idempotent; recommendation never starts");
            Assert.That(outcome.Error, Is.EqualTo("wyckoff: failed: disk full"));
            Assert.That(HistoryProgressView.Summary(outcome), Does.Contain("FAILED: wyckoff: failed: disk full"));
        });
    }

    [Test]
    public void With_history_is_a_flag_of_backfill_and_no_history_of_demo()
    {
        Assert.That(KapmanCli.Create().Parse("backfill --from 2025-06-05 --to 2025-08-25 --with-history").Errors, Is.Empty);
        Assert.That(KapmanCli.Create().Parse("demo --no-history").Errors, Is.Empty);
    }

    private static HistoryJobStatus Status(string state, string unit, int total, int done, long rows) =>
        new(Guid.Empty, From, To, state, unit, total, done, rows, 12_000, null);

    /// <summary>Answers each service's start and polls from a script; a null entry is a 404 (the service lost the job).</summary>
    private sealed class FakeApi : IHistoryJobApi
    {
        private readonly Dictionary<string, Queue<HistoryJobStatus?>> scripts = [];
        private readonly List<string> started = [];

        /// <summary>The starts so far, in order (the jobs of a stage start from different threads).</summary>
        public IReadOnlyList<string> Started
        {
            get
            {
                lock (started)
                {
                    return [.. started];
                }
            }
        }

        /// <summary>Called with the starts so far after each start.</summary>
        public Action<IReadOnlyList<string>> Starting { get; set; } = _ => { };

        public void Script(string service, params HistoryJobStatus?[] answers) => scripts[service] = new Queue<HistoryJobStatus?>(answers);

        public Task<HistoryJobStatus> StartAsync(string service, DateOnly from, DateOnly to, CancellationToken ct)
        {
            lock (started)
            {
                started.Add($"{service} {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
            }

            Starting(Started);
            var queue = scripts[service];
            while (queue.Peek() is null)
            {
                queue.Dequeue();
            }

            return Task.FromResult(queue.Dequeue()!);
        }

        public Task<HistoryJobStatus?> GetAsync(string service, Guid id, CancellationToken ct) => Task.FromResult(scripts[service].Dequeue());
    }
}
