using Kapman.Contracts;
using Kapman.Ingestion.Core.Calendar;
using Kapman.Ingestion.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.Application;

/// <summary>
/// The schedule's other two duties (issue 22 item 1): starting the weekly run once the daily run of its session has finished, and raising
/// <see cref="ScheduledRunFailed"/> for a session whose run has not started by its alert time. Both in one transaction under the schedule's
/// advisory lock, so replicas agree; both idempotent (one weekly run and one alert per session).
/// </summary>
public sealed class ScheduleKeeper(ServiceDatabase database)
{
    /// <summary>
    /// Starts the weekly run of the latest session that carries one (<see cref="WeeklyRun"/>) at or before the newest session whose daily
    /// run has finished, unless it has one already.
    /// </summary>
    /// <returns>The new weekly run's id and session, or null when none was started.</returns>
    public async Task<(Guid RunId, DateOnly Session)?> StartWeeklyIfDueAsync(WeeklyRun weekly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(weekly);
        await using var tx = await database.BeginAsync(ct);
        await PipelineRunStore.LockScheduleAsync(tx, ct);
        if (await WeeklyRunStore.NewestFinishedDailySessionAsync(tx, ct) is not { } finished || weekly.LatestDueAtOrBefore(finished) is not { } session)
        {
            return null;
        }

        var command = new RunWeeklyMaintenance(Guid.CreateVersion7(), session);
        if (!await WeeklyRunStore.TryCreateAsync(tx, command, PipelineRunStore.ScheduleTrigger, ct))
        {
            return null;
        }

        await tx.CommitAsync(ct);
        return (command.RunId, session);
    }

    /// <summary>
    /// Starts the weekly run of <paramref name="session"/> on request (<c>POST /pipeline/weekly-runs</c>: the demo, a catch-up by hand), trigger
    /// <c>api</c>, unless the session has one already.
    /// </summary>
    /// <returns>The new run's id, or null when the session already had a weekly run.</returns>
    public async Task<Guid?> StartWeeklyAsync(DateOnly session, CancellationToken ct)
    {
        await using var tx = await database.BeginAsync(ct);
        await PipelineRunStore.LockScheduleAsync(tx, ct);
        var command = new RunWeeklyMaintenance(Guid.CreateVersion7(), session);
        if (!await WeeklyRunStore.TryCreateAsync(tx, command, PipelineRunStore.ApiTrigger, ct))
        {
            return null;
        }

        await tx.CommitAsync(ct);
        return command.RunId;
    }

    /// <summary>Publishes <see cref="ScheduledRunFailed"/> for <paramref name="session"/> unless it was raised before; true when raised now.</summary>
    public async Task<bool> RaiseAlertAsync(DateOnly session, string reason, DateTimeOffset dueBy, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await database.BeginAsync(ct);
        if (!await ScheduleAlertStore.TryRecordAsync(tx, session, reason, now, ct))
        {
            return false;
        }

        await tx.PublishAsync(new ScheduledRunFailed(Guid.Empty, session, reason, dueBy, now), ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
