namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// When the calibration is refitted (issue 21 item 1: "refitted on a schedule"): weekly, as of the Monday on or before
/// a session. The parameter set a session uses is fitted on outcomes resolved strictly before that Monday, so it is a
/// function of the session alone: every session of a week, and any rerun of one, uses the same set. Pure.
/// </summary>
public static class CalibrationSchedule
{
    /// <summary>The fitted-through date (exclusive) of the parameter set <paramref name="session"/> uses: the Monday on or before it.</summary>
    public static DateOnly FittedThrough(DateOnly session) =>
        session.AddDays(-(((int)session.DayOfWeek + 6) % 7));
}
