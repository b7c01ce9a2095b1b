namespace Kapman.Notification.Tests.Discord;

/// <summary>A clock whose time moves only when the test says; its timers are the system's (the worker polls in real time).</summary>
internal sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    /// <summary>Moves the time to <paramref name="at"/>.</summary>
    public void Set(DateTimeOffset at) => Interlocked.Exchange(ref ticks, at.UtcTicks);
}
