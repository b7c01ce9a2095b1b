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

    /// <summary>True when <see cref="StartAt"/> is a time of day.</summary>
    public bool StartAtValid() => TimeOnly.TryParse(StartAt, CultureInfo.InvariantCulture, out _);

    /// <summary>The schedule these settings describe.</summary>
    /// <exception cref="FormatException"><see cref="StartAt"/> is not a time of day (validation refuses it at start).</exception>
    public DailySchedule ToSchedule() => new(TimeOnly.Parse(StartAt, CultureInfo.InvariantCulture), MaxCatchUpSessions);
}
