using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kapman.Ingestion.Core.Calendar;

namespace Kapman.Ingestion.Pipeline.Schedule;

/// <summary>
/// The unattended daily run, section <c>Kapman:Ingestion:Schedule</c> (environment <c>Kapman__Ingestion__Schedule__*</c>); see
/// <see cref="DailySchedule"/> for the rule. Off unless <see cref="Enabled"/>: a checkout that only replays history must not start
/// runs of its own. Validated at start; a bad value stops the service naming its key.
/// </summary>
public sealed class ScheduleOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Kapman:Ingestion:Schedule";

    /// <summary>Message when <see cref="StartAt"/> is not a time of day.</summary>
    public const string StartAtMessage = Section + ":StartAt must be a New York time of day such as 16:30.";

    /// <summary>Message when <see cref="AlertAt"/> is not a time of day.</summary>
    public const string AlertAtMessage = Section + ":AlertAt must be a New York time of day such as 05:00.";

    /// <summary>Message when <see cref="WeeklyOn"/> is not a weekday.</summary>
    public const string WeeklyOnMessage = Section + ":WeeklyOn must be Monday, Tuesday, Wednesday, Thursday or Friday.";

    /// <summary>Whether runs start by themselves (default false).</summary>
    public bool Enabled { get; set; }

    /// <summary>New York time of day (<c>HH:mm</c>) a session becomes eligible, default 16:30.</summary>
    public string StartAt { get; set; } = "16:30";

    /// <summary>Latest eligible sessions caught up when none of them has a run, 1-50 (default 5).</summary>
    [Range(1, 50, ErrorMessage = Section + ":MaxCatchUpSessions must be 1-50.")]
    public int MaxCatchUpSessions { get; set; } = DailySchedule.Default.MaxCatchUpSessions;

    /// <summary>How often the schedule looks for due sessions and their files, in seconds, 1-3600 (default 60).</summary>
    [Range(1, 3600, ErrorMessage = Section + ":PollSeconds must be 1-3600.")]
    public int PollSeconds { get; set; } = 60;

    /// <summary>
    /// New York time of day (<c>HH:mm</c>), on the day after a session, by which its run should have started; a session still without a run
    /// then raises <c>ScheduledRunFailed</c> once (default 05:00, seed 000 FR-001 "by 5 AM ET").
    /// </summary>
    public string AlertAt { get; set; } = "05:00";

    /// <summary>The weekday of the weekly run (outcome evaluation and retention), Monday-Friday (default Friday, see <see cref="WeeklyRun"/>).</summary>
    public string WeeklyOn { get; set; } = nameof(DayOfWeek.Friday);

    /// <summary>True when <see cref="AlertAt"/> is a time of day.</summary>
    public bool AlertAtValid() => TimeOnly.TryParse(AlertAt, CultureInfo.InvariantCulture, out _);

    /// <summary>True when <see cref="WeeklyOn"/> names Monday-Friday.</summary>
    public bool WeeklyOnValid() =>
        Enum.TryParse<DayOfWeek>(WeeklyOn, ignoreCase: true, out var day) && Enum.IsDefined(day) && day is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !int.TryParse(WeeklyOn, CultureInfo.InvariantCulture, out _);

    /// <summary>The alert time (validated at start).</summary>
    public TimeOnly AlertTime() => TimeOnly.Parse(AlertAt, CultureInfo.InvariantCulture);

    /// <summary>The weekly run's rule (validated at start).</summary>
    public WeeklyRun ToWeeklyRun() => new(Enum.Parse<DayOfWeek>(WeeklyOn, ignoreCase: true));

    /// <summary>True when <see cref="StartAt"/> is a time of day.</summary>
    public bool StartAtValid() => TimeOnly.TryParse(StartAt, CultureInfo.InvariantCulture, out _);

    /// <summary>The schedule these settings describe.</summary>
    /// <exception cref="FormatException"><see cref="StartAt"/> is not a time of day (validation refuses it at start).</exception>
    public DailySchedule ToSchedule() => new(TimeOnly.Parse(StartAt, CultureInfo.InvariantCulture), MaxCatchUpSessions);
}
