using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Email;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>Emails the ops alert for a pipeline message parked in an <c>_error</c> queue, once per parked message.</summary>
public sealed class PipelineMessageFaultedConsumer(ServiceDatabase database, TimeProvider clock, EmailDispatcher email)
    : IdempotentConsumer<PipelineMessageFaulted>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(PipelineMessageFaulted message, OutboxTransaction tx, CancellationToken ct)
    {
        await email.DispatchAsync(tx, MessageComposer.Fault(
            message.RunId, message.SessionDate, message.Stage, message.ErrorQueue, message.MessageType, message.Reason, message.FaultedAt), ct);
        return null;
    }
}
