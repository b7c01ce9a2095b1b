namespace Kapman.Web.Clients;

/// <summary>The unattended daily run (ingestion API <c>GET /pipeline/schedule</c>). Times are UTC.</summary>
/// <param name="Enabled">Whether runs start by themselves (<c>Kapman__Ingestion__Schedule__Enabled</c>).</param>
/// <param name="StartAt">New York time of day a session becomes eligible (<c>HH:mm</c>).</param>
/// <param name="NextStart">When the next session becomes eligible, null before the first look.</param>
/// <param name="WaitingFor">A due session whose file is not available yet, else null.</param>
/// <param name="LastCheckedAt">When the schedule last looked.</param>
/// <param name="LastError">Why its last look failed, else null.</param>
/// <param name="LastScheduledRun">The newest daily run it started, with its status, or null.</param>
/// <param name="WeeklyOn">The weekday of the weekly run (outcome evaluation and retention).</param>
/// <param name="AlertAt">New York time, the morning after a session, by which its run should have started (else an alert).</param>
/// <param name="LastWeeklyRun">The newest weekly run with its retention counts, or null.</param>
public sealed record PipelineSchedule(
    bool Enabled, string StartAt, DateTimeOffset? NextStart, DateOnly? WaitingFor, DateTimeOffset? LastCheckedAt, string? LastError, PipelineRun? LastScheduledRun,
    string? WeeklyOn = null, string? AlertAt = null, PipelineRun? LastWeeklyRun = null);
