using Kapman.ServiceDefaults.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Kapman.ServiceDefaults.Tests.Hosting;

/// <summary>
/// The shared worker loop on a fake clock: a pass at start (or after one interval when asked), one pass per interval after that,
/// a failed pass reported and the loop going on, nothing at all when disabled.
/// </summary>
[TestFixture]
public sealed class PeriodicWorkerTests
{
    [TestCase(false, 1, 3, TestName = "A pass at start, then one per interval")]
    [TestCase(true, 0, 2, TestName = "Waiting first, the first pass comes one interval after start")]
    public async Task Passes_follow_the_clock(bool waitFirst, int atStart, int afterTwoIntervals)
    {
        var clock = new FakeTimeProvider();
        using var worker = new CountingWorker(clock, enabled: true, waitFirst, failEvery: 0);
        await worker.StartAsync(CancellationToken.None);
        await worker.WaitForPassesAsync(atStart);
        Assert.That(worker.Passes, Is.EqualTo(atStart));

        clock.Advance(TimeSpan.FromSeconds(10));
        await worker.WaitForPassesAsync(atStart + 1);
        clock.Advance(TimeSpan.FromSeconds(10));
        await worker.WaitForPassesAsync(afterTwoIntervals);
        await worker.StopAsync(CancellationToken.None);
        Assert.That(worker.Passes, Is.EqualTo(afterTwoIntervals));
    }

    [Test]
    public async Task A_failed_pass_is_reported_and_the_next_interval_runs_again()
    {
        var clock = new FakeTimeProvider();
        using var worker = new CountingWorker(clock, enabled: true, waitFirst: false, failEvery: 1);
        await worker.StartAsync(CancellationToken.None);
        await worker.WaitForPassesAsync(1);
        clock.Advance(TimeSpan.FromSeconds(10));
        await worker.WaitForPassesAsync(2);
        await worker.StopAsync(CancellationToken.None);
        Assert.That((worker.Passes, worker.Failures), Is.EqualTo((2, 2)));
    }

    [Test]
    public async Task A_disabled_worker_never_passes()
    {
        var clock = new FakeTimeProvider();
        using var worker = new CountingWorker(clock, enabled: false, waitFirst: false, failEvery: 0);
        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That((worker.Passes, worker.Disabled, worker.ExecuteTask.IsCompletedSuccessfully), Is.EqualTo((0, true, true)), "the loop ended at once");
    }

    private sealed class CountingWorker(TimeProvider clock, bool enabled, bool waitFirst, int failEvery) : PeriodicWorker(clock)
    {
        private int passes;
        private int failures;

        public int Passes => Volatile.Read(ref passes);

        public int Failures => Volatile.Read(ref failures);

        public bool Disabled { get; private set; }

        protected override bool Enabled => enabled;

        protected override bool WaitsBeforeFirstPass => waitFirst;

        protected override TimeSpan Interval => TimeSpan.FromSeconds(10);

        public async Task WaitForPassesAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Passes < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            // Let a pass that just ended reach its next wait before the clock moves.
            await Task.Delay(50);
        }

        protected override Task PassAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref passes);
            if (failEvery > 0)
            {
                Interlocked.Increment(ref failures);
                throw new InvalidOperationException("pass failed");
            }

            return Task.CompletedTask;
        }

        protected override void OnPassFailed(Exception exception) => Assert.That(exception.Message, Is.EqualTo("pass failed"));

        protected override void OnDisabled() => Disabled = true;
    }
}
