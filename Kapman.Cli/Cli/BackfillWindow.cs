namespace Kapman.Cli.Cli;

/// <summary>Which date range to backfill before a demo session.</summary>
internal static class BackfillWindow
{
    /// <summary>Calendar days per trading session used when no session files can be listed (365 / 252 ≈ 1.45).</summary>
    public const double CalendarDaysPerSession = 365.0 / 252.0;

    /// <summary>
    /// <c>(from, to)</c> with <c>to = session − 1 day</c> and <c>from</c> the earliest of the last
    /// <paramref name="sessions"/> available session dates before <paramref name="session"/>; when none are
    /// known, <c>from = session − ⌈sessions · 365/252⌉</c> days (so missing sessions are simply skipped).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1.</exception>
    public static (DateOnly From, DateOnly To) Compute(DateOnly session, int sessions, IEnumerable<DateOnly> available)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sessions, 1);
        var to = session.AddDays(-1);
        var before = available.Where(d => d < session).Distinct().OrderDescending().Take(sessions).ToList();
        var from = before.Count > 0 ? before[^1] : session.AddDays(-(int)Math.Ceiling(sessions * CalendarDaysPerSession));
        return (from, to);
    }

    /// <summary>
    /// Splits <c>[from, to]</c> into consecutive inclusive chunks of at most <paramref name="days"/> calendar days,
    /// so each synchronous backfill call stays well inside the gateway's 300 s server timeout.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1.</exception>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Chunks(DateOnly from, DateOnly to, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var chunks = new List<(DateOnly, DateOnly)>();
        for (var start = from; start <= to; start = start.AddDays(days))
        {
            var end = start.AddDays(days - 1);
            chunks.Add((start, end < to ? end : to));
        }

        return chunks;
    }
}
