using Kapman.MarketData.Calendar;

namespace Kapman.Recommendation.Decision.Chain;

/// <summary>
/// New York wall-clock facts the stages need: the session date of an instant, the regular session's open and close
/// (09:30 to 16:00, 13:00 on an early close, from <see cref="NyseCalendar"/>), and the time to an expiration in years.
/// </summary>
public static class MarketClock
{
    /// <summary>Calendar days per year for time to expiry (ACT/365, as the chain's IVs are quoted).</summary>
    public const double DaysPerYear = 365d;

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The New York date and time of <paramref name="instant"/>.</summary>
    public static DateTime NewYorkTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, NewYork).DateTime;

    /// <summary>The New York date of <paramref name="instant"/>.</summary>
    public static DateOnly SessionDate(DateTimeOffset instant) => DateOnly.FromDateTime(NewYorkTime(instant));

    /// <summary>The regular close of <paramref name="day"/> (16:00, or 13:00 on an early close) as an instant.</summary>
    public static DateTimeOffset Close(DateOnly day) => At(day, NyseCalendar.IsEarlyClose(day) ? new TimeOnly(13, 0) : new TimeOnly(16, 0));

    /// <summary>The regular open (09:30) of <paramref name="day"/> as an instant.</summary>
    public static DateTimeOffset Open(DateOnly day) => At(day, new TimeOnly(9, 30));

    /// <summary>
    /// Years from <paramref name="now"/> to the 16:00 New York close of <paramref name="expiration"/>, in calendar days / 365;
    /// at least one minute, so that a same-day expiry still has a positive horizon.
    /// </summary>
    public static double YearsToExpiry(DateTimeOffset now, DateOnly expiration)
    {
        var days = (At(expiration, new TimeOnly(16, 0)) - now).TotalDays;
        return Math.Max(days, 1d / (24 * 60)) / DaysPerYear;
    }

    /// <summary>Calendar days from the New York date of <paramref name="now"/> to <paramref name="expiration"/>.</summary>
    public static int DaysToExpiry(DateTimeOffset now, DateOnly expiration) => expiration.DayNumber - SessionDate(now).DayNumber;

    private static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local));
    }
}
