namespace Kapman.AppHost.Suite;

/// <summary>
/// Restart policy for a crashed child: exponential delay <c>Initial · 2^(n−1)</c> capped at <c>Maximum</c>,
/// where n counts consecutive crashes; a child that stayed up at least <c>StableAfter</c> starts again at n = 1.
/// </summary>
/// <param name="Initial">Delay before the first restart.</param>
/// <param name="Maximum">Upper bound of any delay.</param>
/// <param name="StableAfter">Uptime after which a crash no longer counts as consecutive.</param>
public sealed record RestartBackoff(TimeSpan Initial, TimeSpan Maximum, TimeSpan StableAfter)
{
    /// <summary>1 s, doubling, capped at 30 s; reset after 60 s of uptime.</summary>
    public static RestartBackoff Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

    /// <summary>The consecutive-crash count after a crash that followed <paramref name="uptime"/> of running.</summary>
    /// <param name="previousCrashes">Consecutive crashes before this one (0 for none).</param>
    /// <param name="uptime">How long the process ran before this crash.</param>
    public int NextCrashCount(int previousCrashes, TimeSpan uptime) =>
        uptime >= StableAfter ? 1 : Math.Max(previousCrashes, 0) + 1;

    /// <summary>Delay before restarting after the <paramref name="consecutiveCrashes"/>-th consecutive crash (1-based).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="consecutiveCrashes"/> is below 1.</exception>
    public TimeSpan DelayFor(int consecutiveCrashes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(consecutiveCrashes, 1);
        var ticks = (double)Initial.Ticks * Math.Pow(2, Math.Min(consecutiveCrashes - 1, 62));
        return ticks >= Maximum.Ticks ? Maximum : TimeSpan.FromTicks((long)ticks);
    }
}
