namespace Kapman.Web.Clients;

/// <summary>The unattended daily run (ingestion API <c>GET /pipeline/schedule</c>). Times are UTC.</summary>
/// <param name="Enabled">Whether runs start by themselves (<c>Kapman__Ingestion__Schedule__Enabled</c>).</param>
/// <param name="StartAt">New York time of day a session becomes eligible (<c>HH:mm</c>).</param>
/// <param name="NextStart">When the next session becomes eligible, null before the first look.</param>
/// <param name="WaitingFor">A due session whose file is not available yet, else null.</param>
/// <param name="LastCheckedAt">When the schedule last looked.</param>
/// <param name="LastError">Why its last look failed, else null.</param>
/// <param name="LastScheduledRun">The newest run it started, with its status, or null.</param>
public sealed record PipelineSchedule(
    bool Enabled, string StartAt, DateTimeOffset? NextStart, DateOnly? WaitingFor, DateTimeOffset? LastCheckedAt, string? LastError, PipelineRun? LastScheduledRun);
