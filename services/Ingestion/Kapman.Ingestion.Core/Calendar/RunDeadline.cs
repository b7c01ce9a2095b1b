using Kapman.MarketData.Calendar;

namespace Kapman.Ingestion.Core.Calendar;

/// <summary>
/// Which session's daily pipeline run should have succeeded by a given instant: the run for a session is due at a fixed
/// New York time of day on the session's date (after the close, once the day's data is out).
/// </summary>
public static class RunDeadline
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>
    /// The latest NYSE session whose run was due at or before <paramref name="now"/>: today (New York) when it is a session
    /// and <paramref name="dueBy"/> has passed, else the last session before today.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar's years (<see cref="NyseCalendar"/>).</exception>
    public static DateOnly DueSession(DateTimeOffset now, TimeOnly dueBy)
    {
        var local = TimeZoneInfo.ConvertTime(now, NewYork).DateTime;
        var today = DateOnly.FromDateTime(local);
        return NyseCalendar.IsSession(today) && TimeOnly.FromDateTime(local) >= dueBy ? today : NyseCalendar.PreviousSession(today);
    }
}
