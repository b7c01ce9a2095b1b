namespace Kapman.Contracts;

/// <summary>
/// The daily schedule could not start a session's run by its alert time (issue 22 item 1): the session's file was still not available,
/// or every pass of the schedule failed (the source or the database was unreachable). Such a session has no run record and no stage, so no
/// <see cref="PipelineStageChanged"/> or <see cref="PipelineMessageFaulted"/> reports it; Ingestion's schedule publishes this once per
/// session through its outbox and Notification routes it (kind <c>SCHEDULED_RUN_FAILED</c>). A run that starts and then fails is reported by
/// its stage as before.
/// </summary>
/// <param name="RunId"><see cref="Guid.Empty"/>: no run was created.</param>
/// <param name="SessionDate">The session whose run did not start.</param>
/// <param name="Reason">Why, e.g. "the session file is not available"; never contains secrets.</param>
/// <param name="DueBy">The alert time that passed (UTC): the New York time after the session the run should have started by.</param>
/// <param name="DetectedAt">When the schedule noticed (UTC).</param>
public sealed record ScheduledRunFailed(Guid RunId, DateOnly SessionDate, string Reason, DateTimeOffset DueBy, DateTimeOffset DetectedAt, int SchemaVersion = 1)
    : IIntegrationEvent;
