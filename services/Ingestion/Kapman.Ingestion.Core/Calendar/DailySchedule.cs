using Kapman.MarketData.Calendar;

namespace Kapman.Ingestion.Core.Calendar;

/// <summary>
/// When the daily pipeline starts by itself (issue 22 item 1; seed 000 FR-001, "pipeline completes by 5 AM ET"). A session becomes
/// eligible at <see cref="StartAt"/> New York time on its own date (after the close); its run starts as soon as it is eligible and its
/// file is available, so a file published overnight is run at once and done well before 5 AM. Sessions missed while the suite was down
/// are caught up in session order, at most <see cref="MaxCatchUpSessions"/> of them (older history is <c>kapman backfill</c>'s job).
/// Pure: the instant and the newest session already run are arguments.
/// </summary>
/// <param name="StartAt">New York time of day a session becomes eligible (default 16:30, thirty minutes after the regular close).</param>
/// <param name="MaxCatchUpSessions">How many of the latest eligible sessions are run when none of them has a run yet, ≥ 1 (default 5).</param>
public sealed record DailySchedule(TimeOnly StartAt, int MaxCatchUpSessions)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The seed's schedule: eligible at 16:30 New York, five sessions caught up.</summary>
    public static DailySchedule Default { get; } = new(new TimeOnly(16, 30), 5);

    /// <summary>
    /// The sessions due at <paramref name="now"/>, oldest first: every NYSE session after <paramref name="newestRun"/> (the newest session
    /// with any run, scheduled or not; null when there is none) up to the latest eligible one, keeping only the last
    /// <see cref="MaxCatchUpSessions"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is outside the calendar's years, or <see cref="MaxCatchUpSessions"/> &lt; 1.</exception>
    public IReadOnlyList<DateOnly> Due(DateTimeOffset now, DateOnly? newestRun)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCatchUpSessions, 1);
        var latest = RunDeadline.DueSession(now, StartAt);
        var due = new List<DateOnly>();
        for (var session = latest; due.Count < MaxCatchUpSessions && (newestRun is not { } run || session > run); session = NyseCalendar.PreviousSession(session))
        {
            due.Add(session);
        }

        due.Reverse();
        return due;
    }

    /// <summary>The instant the first session after <paramref name="now"/>'s latest eligible one becomes eligible (UTC).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is outside the calendar's years.</exception>
    public DateTimeOffset NextStart(DateTimeOffset now)
    {
        var next = RunDeadline.DueSession(now, StartAt).AddDays(1);
        while (!NyseCalendar.IsSession(next))
        {
            next = next.AddDays(1);
        }

        var local = next.ToDateTime(StartAt);
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local)).ToUniversalTime();
    }
}
