namespace Kapman.MarketData.Calendar;

/// <summary>
/// Today's date where the US market trades (America/New_York), from an injected clock. Session dates are New York dates,
/// so "a session after today" and "the current session" are judged on this date, not on the UTC one (which runs ahead
/// from 20:00 EDT).
/// </summary>
public static class MarketToday
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The New York calendar date at <paramref name="clock"/>'s current instant.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static DateOnly Of(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), NewYork).DateTime);
    }
}
