using Kapman.MarketData.Calendar;

namespace Kapman.Ingestion.Core.Calendar;

/// <summary>
/// Which sessions carry the weekly run (issue 22 items 1, 4, 5): the outcome evaluation "weekly until expiration" of seed 000 §5.5 (FR-009:
/// Brier calculated weekly) and retention. The seed names no weekday; the default is Friday, the week's last session, so a week's marks
/// are taken on its close. The run belongs to the last NYSE session of a Monday-to-Sunday week that falls on or before
/// <see cref="Weekday"/>: when that day is a holiday (Good Friday) the session before it carries the run; a week with no session on or
/// before the weekday (a Monday weekday on a Monday holiday) has none. Pure: the calendar is <see cref="NyseCalendar"/>.
/// </summary>
/// <param name="Weekday">The weekday of the run (Monday-Friday; default Friday).</param>
public sealed record WeeklyRun(DayOfWeek Weekday)
{
    /// <summary>Friday's session, or the last session before it in the same week.</summary>
    public static WeeklyRun Default { get; } = new(DayOfWeek.Friday);

    /// <summary>True when <paramref name="session"/> carries its week's run.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Weekday"/> is Saturday or Sunday.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar's years.</exception>
    public bool IsDue(DateOnly session)
    {
        if (Weekday is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            throw new InvalidOperationException($"The weekly run's weekday must be Monday-Friday, not {Weekday}.");
        }

        if (!NyseCalendar.IsSession(session) || MondayIndex(session.DayOfWeek) > MondayIndex(Weekday))
        {
            return false;
        }

        var weekday = session.AddDays(MondayIndex(Weekday) - MondayIndex(session.DayOfWeek));
        for (var day = session.AddDays(1); day <= weekday; day = day.AddDays(1))
        {
            if (NyseCalendar.IsSession(day))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The latest session at or before <paramref name="session"/> that carries a run (looking back at most four weeks), or null.</summary>
    public DateOnly? LatestDueAtOrBefore(DateOnly session)
    {
        for (var day = session; day > session.AddDays(-28); day = day.AddDays(-1))
        {
            if (IsDue(day))
            {
                return day;
            }
        }

        return null;
    }

    private static int MondayIndex(DayOfWeek day) => ((int)day + 6) % 7;
}
