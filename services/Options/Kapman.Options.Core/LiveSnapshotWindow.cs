namespace Kapman.Options.Core;

/// <summary>
/// When Polygon's <c>/v3/snapshot/options</c> may stand for a session's chain. That endpoint has no date parameter: it
/// returns the quotes of the moment, so they belong to the current session only.
/// </summary>
/// <remarks>
/// Rule: a session is current when it is the latest weekday on or before today (New York date). An older session (a rerun
/// or a backfill) would be filed with another day's quotes; a later one has not traded yet. Exchange holidays are not known
/// here, so on the weekday after a holiday the session before it is treated as old: the API is not used, which may skip an
/// underlying but can never store wrong quotes.
/// </remarks>
public static class LiveSnapshotWindow
{
    /// <summary>The latest weekday on or before <paramref name="today"/>: the only session the live snapshot may be filed under.</summary>
    public static DateOnly CurrentSession(DateOnly today) => today.DayOfWeek switch
    {
        DayOfWeek.Saturday => today.AddDays(-1),
        DayOfWeek.Sunday => today.AddDays(-2),
        _ => today,
    };

    /// <summary>True when the live snapshot taken on <paramref name="today"/> may be stored as <paramref name="session"/>'s chain.</summary>
    public static bool Serves(DateOnly session, DateOnly today) => session == CurrentSession(today);
}
