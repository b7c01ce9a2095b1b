using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Emails the ops alert for a pipeline message parked in an <c>_error</c> queue, once per parked message. Sent in
/// <see cref="PrepareAsync"/>, before the inbox transaction opens, and at most once per channel (<see cref="MessageDistributor"/>: Telegram and email as routed).
/// </summary>
public sealed class PipelineMessageFaultedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor email)
    : IdempotentConsumer<PipelineMessageFaulted>(database, clock)
{
    protected override async Task PrepareAsync(PipelineMessageFaulted message, CancellationToken ct) =>
        await email.DistributeAsync(MessageComposer.Fault(
            message.RunId, message.SessionDate, message.Stage, message.ErrorQueue, message.MessageType, message.Reason, message.FaultedAt), ct);

    protected override Task<StageOutcome?> HandleAsync(PipelineMessageFaulted message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
