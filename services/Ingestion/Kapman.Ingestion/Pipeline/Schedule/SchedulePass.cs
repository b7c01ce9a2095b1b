namespace Kapman.Ingestion.Pipeline.Schedule;

/// <summary>What the last pass of the schedule found (kept in memory for <c>GET /pipeline/schedule</c>).</summary>
/// <param name="CheckedAt">When it looked (UTC).</param>
/// <param name="NextStart">When the next session becomes eligible (UTC).</param>
/// <param name="WaitingFor">The first due session whose file is missing, or null.</param>
/// <param name="Error">Why the pass failed, or null.</param>
public sealed record SchedulePass(DateTimeOffset CheckedAt, DateTimeOffset? NextStart, DateOnly? WaitingFor, string? Error);
