namespace Kapman.MarketData.Calendar;

/// <summary>
/// NYSE full-day closures that no rule predicts (national days of mourning, the September 11 attacks, Hurricane
/// Sandy), from the exchange's notices. Every entry is a weekday that would otherwise be a session.
/// </summary>
public static class SpecialClosures
{
    private static readonly Dictionary<DateOnly, string> Days = new()
    {
        [new DateOnly(2001, 9, 11)] = "September 11 attacks",
        [new DateOnly(2001, 9, 12)] = "September 11 attacks",
        [new DateOnly(2001, 9, 13)] = "September 11 attacks",
        [new DateOnly(2001, 9, 14)] = "September 11 attacks",
        [new DateOnly(2004, 6, 11)] = "National day of mourning for President Ronald Reagan",
        [new DateOnly(2007, 1, 2)] = "National day of mourning for President Gerald Ford",
        [new DateOnly(2012, 10, 29)] = "Hurricane Sandy",
        [new DateOnly(2012, 10, 30)] = "Hurricane Sandy",
        [new DateOnly(2018, 12, 5)] = "National day of mourning for President George H. W. Bush",
        [new DateOnly(2025, 1, 9)] = "National day of mourning for President Jimmy Carter",
    };

    /// <summary>Every special closure, in date order.</summary>
    public static IReadOnlyList<DateOnly> All { get; } = [.. Days.Keys.Order()];

    /// <summary>The reason the exchange was closed on <paramref name="day"/>, or null when it was not a special closure.</summary>
    public static string? Reason(DateOnly day) => Days.GetValueOrDefault(day);
}
