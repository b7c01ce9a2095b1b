using Kapman.Web.Clients;
using Microsoft.Extensions.Time.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// <see cref="HealthCache"/> on a fake clock with a counting probe: fresh readings are served without a probe, stale ones are
/// served while one background probe refreshes them, and too-old ones are waited for.
/// </summary>
[TestFixture]
public sealed class HealthCacheTests
{
    private FakeTimeProvider clock = null!;
    private int probes;
    private TaskCompletionSource<IReadOnlyList<ServiceHealth>> pending = null!;

    [SetUp]
    public void Reset()
    {
        clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        probes = 0;
        pending = new TaskCompletionSource<IReadOnlyList<ServiceHealth>>();
    }

    private HealthCache Cache() => new(_ =>
    {
        Interlocked.Increment(ref probes);
        return pending.Task;
    }, clock);

    private static IReadOnlyList<ServiceHealth> Reading(HealthState state) => [new("wyckoff", state, string.Empty)];

    [Test]
    public async Task FirstCall_WaitsForTheProbe_AndStampsItsTime()
    {
        var cache = Cache();
        var first = cache.GetAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.That(first.IsCompleted, Is.False, "nothing to show yet: the caller waits");
        pending.SetResult(Reading(HealthState.Healthy));

        var reading = await first;

        Assert.Multiple(() =>
        {
            Assert.That(reading.Services.Single().State, Is.EqualTo(HealthState.Healthy));
            Assert.That(reading.CheckedAt, Is.EqualTo(clock.GetUtcNow()));
            Assert.That(probes, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ConcurrentCallers_ShareOneProbe()
    {
        var cache = Cache();
        var callers = Enumerable.Range(0, 5).Select(_ => cache.GetAsync(CancellationToken.None)).ToArray();
        pending.SetResult(Reading(HealthState.Healthy));

        var readings = await Task.WhenAll(callers);

        Assert.Multiple(() =>
        {
            Assert.That(probes, Is.EqualTo(1));
            Assert.That(readings.Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task FreshReading_IsServedWithoutProbing()
    {
        var cache = Cache();
        pending.SetResult(Reading(HealthState.Healthy));
        var first = await cache.GetAsync(CancellationToken.None);
        clock.Advance(HealthCache.FreshFor - TimeSpan.FromMilliseconds(1));

        var second = await cache.GetAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(probes, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task StaleReading_IsServedAtOnce_WhileOneBackgroundProbeRefreshesIt()
    {
        var cache = Cache();
        pending.SetResult(Reading(HealthState.Healthy));
        var first = await cache.GetAsync(CancellationToken.None);
        pending = new TaskCompletionSource<IReadOnlyList<ServiceHealth>>();
        clock.Advance(HealthCache.FreshFor);

        var stale = await cache.GetAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        var staleAgain = await cache.GetAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Multiple(() =>
        {
            Assert.That(stale, Is.SameAs(first), "served without waiting for the probe, which has not answered");
            Assert.That(staleAgain, Is.SameAs(first));
        });
        await WaitForAsync(() => Volatile.Read(ref probes) == 2);
        Assert.That(probes, Is.EqualTo(2), "one refresh for both stale reads");

        pending.SetResult(Reading(HealthState.Unhealthy));
        var refreshed = await cache.GetAsync(CancellationToken.None);
        for (var i = 0; i < 200 && refreshed.Services.Single().State != HealthState.Unhealthy; i++)
        {
            await Task.Delay(10);
            refreshed = await cache.GetAsync(CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(refreshed.Services.Single().State, Is.EqualTo(HealthState.Unhealthy));
            Assert.That(refreshed.CheckedAt, Is.EqualTo(first.CheckedAt + HealthCache.FreshFor));
            Assert.That(probes, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ReadingOlderThanMaxAge_IsNotShown_TheCallerWaitsForANewProbe()
    {
        var cache = Cache();
        pending.SetResult(Reading(HealthState.Healthy));
        await cache.GetAsync(CancellationToken.None);
        pending = new TaskCompletionSource<IReadOnlyList<ServiceHealth>>();
        clock.Advance(HealthCache.MaxAge);

        var waiting = cache.GetAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.That(waiting.IsCompleted, Is.False);
        pending.SetResult(Reading(HealthState.Unreachable));

        Assert.That((await waiting).Services.Single().State, Is.EqualTo(HealthState.Unreachable));
    }

    [Test]
    public async Task CancelledCaller_StopsWaiting_ButTheProbeServesTheNextOne()
    {
        var cache = Cache();
        using var cancel = new CancellationTokenSource();
        var cancelled = cache.GetAsync(cancel.Token);
        await cancel.CancelAsync();
        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());

        pending.SetResult(Reading(HealthState.Healthy));
        var next = await cache.GetAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(next.Services.Single().State, Is.EqualTo(HealthState.Healthy));
            Assert.That(probes, Is.EqualTo(1));
        });
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
