namespace Kapman.Ingestion.Core.Calendar;

/// <summary>
/// When a session's daily run that has not started must raise an alert (issue 22 item 1): at <c>alertAt</c> New York time on the calendar
/// day after the session, default 05:00, the seed's "pipeline completes by 5 AM ET" (seed 000 FR-001). Pure: the instant is an argument.
/// </summary>
public static class RunAlert
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The seed's alert time: 05:00 New York.</summary>
    public static TimeOnly DefaultAt { get; } = new(5, 0);

    /// <summary>The instant (UTC) by which <paramref name="session"/>'s run should have started: <paramref name="alertAt"/> New York on the next day.</summary>
    public static DateTimeOffset DueBy(DateOnly session, TimeOnly alertAt)
    {
        var local = session.AddDays(1).ToDateTime(alertAt);
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>True when <paramref name="now"/> is at or after <see cref="DueBy"/>.</summary>
    public static bool IsOverdue(DateOnly session, TimeOnly alertAt, DateTimeOffset now) => now >= DueBy(session, alertAt);
}
