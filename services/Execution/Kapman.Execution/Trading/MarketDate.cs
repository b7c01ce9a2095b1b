namespace Kapman.Execution.Trading;

/// <summary>The NYSE session date (America/New_York) of an instant: the session an event or a stored chain belongs to.</summary>
public static class MarketDate
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The New York date of <paramref name="at"/>.</summary>
    public static DateOnly Of(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, NewYork).DateTime);

    /// <summary>The New York wall time of <paramref name="at"/>.</summary>
    public static DateTime WallTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, NewYork).DateTime;
}
