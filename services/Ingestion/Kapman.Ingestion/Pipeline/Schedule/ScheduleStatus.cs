namespace Kapman.Ingestion.Pipeline.Schedule;

/// <summary>
/// What the schedule is doing, for the Ops page (<c>GET /pipeline/schedule</c>). Times are UTC.
/// </summary>
/// <param name="Enabled">Whether runs start by themselves.</param>
/// <param name="StartAt">New York time of day a session becomes eligible (<c>HH:mm</c>).</param>
/// <param name="NextStart">When the next session becomes eligible; null while disabled or before the first pass.</param>
/// <param name="WaitingFor">A due session whose file is not available yet (the schedule looks again each poll), else null.</param>
/// <param name="LastCheckedAt">When the schedule last looked, or null.</param>
/// <param name="LastError">Why the last pass failed (a source or database error), else null.</param>
/// <param name="LastScheduledRun">The newest daily run the schedule started, with its status, or null.</param>
/// <param name="WeeklyOn">The weekday of the weekly run (outcome evaluation and retention).</param>
/// <param name="AlertAt">New York time of day, the morning after a session, by which its run should have started.</param>
/// <param name="LastWeeklyRun">The newest weekly run, with its status and retention counts, or null.</param>
public sealed record ScheduleStatus(
    bool Enabled, string StartAt, DateTimeOffset? NextStart, DateOnly? WaitingFor, DateTimeOffset? LastCheckedAt, string? LastError, PipelineRunDto? LastScheduledRun,
    string WeeklyOn, string AlertAt, PipelineRunDto? LastWeeklyRun);
