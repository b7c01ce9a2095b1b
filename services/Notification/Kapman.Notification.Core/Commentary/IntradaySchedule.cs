namespace Kapman.Notification.Core.Commentary;

/// <summary>
/// When the intraday report is due (issue 20 item 5): on a weekday, from the configured New York wall time until the 16:00 close (NYSE
/// regular hours, 09:30-16:00 ET). Pure: the instant and the time zone are arguments.
/// </summary>
public static class IntradaySchedule
{
    /// <summary>The NYSE regular session's close, New York time.</summary>
    public static readonly TimeOnly Close = new(16, 0);

    /// <summary>The session whose intraday report is due at <paramref name="now"/>, or null when none is.</summary>
    /// <param name="now">The instant.</param>
    /// <param name="at">The configured New York wall time of the report.</param>
    /// <param name="newYork">The America/New_York time zone.</param>
    public static DateOnly? DueSession(DateTimeOffset now, TimeOnly at, TimeZoneInfo newYork)
    {
        ArgumentNullException.ThrowIfNull(newYork);
        var wall = TimeZoneInfo.ConvertTime(now, newYork).DateTime;
        var time = TimeOnly.FromDateTime(wall);
        return wall.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || time < at || time >= Close ? null : DateOnly.FromDateTime(wall);
    }
}
