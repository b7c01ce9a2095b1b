using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Routes <see cref="ScheduledRunFailed"/> (kind <c>SCHEDULED_RUN_FAILED</c>, email by default) once per session
/// (<see cref="StageMessages.ScheduledRunFailed"/>). Sent in <see cref="PrepareAsync"/>, before the inbox transaction, at most once
/// (<see cref="EmailDispatcher"/>).
/// </summary>
public sealed class ScheduledRunFailedConsumer(ServiceDatabase database, TimeProvider clock, EmailDispatcher email)
    : IdempotentConsumer<ScheduledRunFailed>(database, clock)
{
    protected override async Task PrepareAsync(ScheduledRunFailed message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await email.DispatchAsync(StageMessages.ScheduledRunFailed(message.SessionDate, message.Reason, message.DueBy), ct);
    }

    protected override Task<StageOutcome?> HandleAsync(ScheduledRunFailed message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
