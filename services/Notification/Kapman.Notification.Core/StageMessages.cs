using System.Globalization;

namespace Kapman.Notification.Core;

/// <summary>The email of a pipeline stage that reported the failed status (issue 20 item 6, seed 003 §4 task 5.2.2).</summary>
public static class StageMessages
{
    /// <summary>
    /// The alert for <paramref name="stage"/> failing on <paramref name="session"/>. Keyed by kind, stage and session (once per subject and
    /// session): a redelivered or replayed event, a retry of the same run and another run failing the same stage that session mail nothing new.
    /// </summary>
    /// <param name="error">The stage's reason, as the event carries it (never a secret), or null.</param>
    public static ComposedMessage Failed(Guid runId, DateOnly session, string stage, string? error, DateTimeOffset occurredAt)
    {
        var day = session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body =
            $"The {stage} stage of run {runId} for the {day} session failed at {occurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC.\n" +
            $"Reason: {(string.IsNullOrWhiteSpace(error) ? "(none given)" : error)}\n" +
            "The run record (Ops page, GET /api/ingestion/runs) has every stage. Further failures of this stage on this session are not mailed again.";
        return new ComposedMessage($"stage-failed:{stage}:{day}", Routing.RouteKinds.PipelineStageFailed, session, null,
            $"Kapman {day}: the {stage} stage failed", body);
    }

    /// <summary>
    /// The alert for a session whose scheduled run did not start by <paramref name="dueBy"/> (issue 22 item 1). Keyed by session, so it is
    /// mailed once however often the event arrives.
    /// </summary>
    /// <param name="reason">Why, as the event carries it (never a secret).</param>
    public static ComposedMessage ScheduledRunFailed(DateOnly session, string reason, DateTimeOffset dueBy)
    {
        var day = session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body =
            $"The scheduled run for the {day} session had not started by {dueBy.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.\n" +
            $"Reason: {reason}\n" +
            "Later sessions wait behind it. Once the cause is fixed the schedule starts it by itself; `kapman pipeline run` starts it now.";
        return new ComposedMessage($"scheduled-run-failed:{day}", Routing.RouteKinds.ScheduledRunFailed, session, null,
            $"Kapman {day}: the scheduled run did not start", body);
    }
}
