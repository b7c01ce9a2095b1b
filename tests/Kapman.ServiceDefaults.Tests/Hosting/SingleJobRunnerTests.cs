using Kapman.ServiceDefaults.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.ServiceDefaults.Tests.Hosting;

/// <summary><see cref="SingleJobRunner{TJob}"/>: one job at a time, a retry of the same request joins it, and a job ends failed or cancelled as it should.</summary>
public sealed class SingleJobRunnerTests
{
    [Test]
    public async Task A_second_start_while_a_job_runs_returns_that_job_and_says_whether_it_was_asked_for_the_same()
    {
        using var lifetime = new Lifetime();
        var runner = new SingleJobRunner<Job>(lifetime, NullLogger.Instance);
        var release = new TaskCompletionSource();
        var (first, started, _) = runner.Start(() => new Job("a"), _ => true, async (job, ct) => { await release.Task.WaitAsync(ct); job.Succeed(); });

        var same = runner.Start(() => new Job("a"), busy => busy.Request == "a", (_, _) => Task.CompletedTask);
        var other = runner.Start(() => new Job("b"), busy => busy.Request == "b", (_, _) => Task.CompletedTask);
        release.SetResult();
        await WaitUntilAsync(() => !first.Running);
        var next = runner.Start(() => new Job("b"), busy => busy.Request == "b", (job, _) => { job.Succeed(); return Task.CompletedTask; });

        Assert.Multiple(() =>
        {
            Assert.That(started, Is.True);
            Assert.That((same.Job, same.Started, same.Conflict), Is.EqualTo((first, false, false)), "a retry of the running request joins it");
            Assert.That((other.Job, other.Started, other.Conflict), Is.EqualTo((first, false, true)), "another request while one runs is a conflict");
            Assert.That(first.State, Is.EqualTo("succeeded"));
            Assert.That(next.Started, Is.True, "once the job ended a new one starts");
            Assert.That(runner.Get(first.Id), Is.SameAs(first), "ended jobs stay readable");
            Assert.That(runner.Get(Guid.NewGuid()), Is.Null);
        });
    }

    [Test]
    public async Task A_job_that_throws_ends_failed_with_its_message()
    {
        using var lifetime = new Lifetime();
        var runner = new SingleJobRunner<Job>(lifetime, NullLogger.Instance);
        var (job, _, _) = runner.Start(() => new Job("a"), _ => true, (_, _) => throw new InvalidDataException("bad file 2025-08-26"));

        await WaitUntilAsync(() => !job.Running);

        Assert.That((job.State, job.Error), Is.EqualTo(("failed", "bad file 2025-08-26")));
    }

    [Test]
    public async Task A_job_interrupted_by_the_host_stopping_ends_cancelled()
    {
        using var lifetime = new Lifetime();
        var runner = new SingleJobRunner<Job>(lifetime, NullLogger.Instance);
        var (job, _, _) = runner.Start(() => new Job("a"), _ => true, (_, ct) => Task.Delay(Timeout.Infinite, ct));

        await lifetime.StopAsync();
        await WaitUntilAsync(() => !job.Running);

        Assert.That(job.State, Is.EqualTo("cancelled"));
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!done())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the job did not end within 10 s");
            await Task.Delay(10);
        }
    }

    private sealed class Job(string request) : IBackgroundJob
    {
        public Guid Id { get; } = Guid.NewGuid();

        public string Request { get; } = request;

        public string State { get; private set; } = "running";

        public string? Error { get; private set; }

        public bool Running => State == "running";

        public void Succeed() => State = "succeeded";

        public void Cancel() => State = "cancelled";

        public void Fail(string reason) => (State, Error) = ("failed", reason);
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => stopping.Cancel();

        public Task StopAsync() => stopping.CancelAsync();

        public void Dispose() => stopping.Dispose();
    }
}
