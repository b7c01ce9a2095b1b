namespace Kapman.Recommendation.Tests;

/// <summary>
/// A <see cref="TimeProvider"/> whose time only moves by <see cref="Advance"/>; its timers fire (on the caller's
/// thread) when an advance reaches their due time, once per elapsed period, so a <see cref="PeriodicTimer"/> built on
/// it ticks exactly when the test says.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly List<Timer> timers = [];
    private DateTimeOffset now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        lock (timers)
        {
            timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>True once some timer is armed (a hosted service may create its timer on another thread after StartAsync).</summary>
    public bool HasArmedTimer
    {
        get
        {
            lock (timers)
            {
                return timers.Any(t => t.Due is not null);
            }
        }
    }

    /// <summary>Moves the time forward by <paramref name="by"/>, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        var end = now + by;
        while (true)
        {
            Timer? next;
            lock (timers)
            {
                next = timers.Where(t => t.Due is { } d && d <= end).MinBy(t => t.Due);
            }

            if (next is null)
            {
                break;
            }

            now = next.Due!.Value;
            next.Fire();
        }

        now = end;
    }

    private sealed class Timer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            this.period = period;
            Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.now + dueTime;
            return true;
        }

        public void Fire()
        {
            Due = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : Due + period;
            callback(state);
        }

        public void Dispose()
        {
            Due = null;
            lock (clock.timers)
            {
                clock.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
