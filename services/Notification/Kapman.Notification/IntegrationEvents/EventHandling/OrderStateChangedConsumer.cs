using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Emails an execution order's fill, partial fill or rejection once (<see cref="ExecutionEmailStep.OrderAsync"/>; other states are not
/// mailed), the way <see cref="ExecutionAlertRaisedConsumer"/> emails alerts: sent in <see cref="PrepareAsync"/>, before the inbox
/// transaction, at most once per channel (<see cref="MessageDistributor"/>: Telegram and email as routed).
/// </summary>
public sealed class OrderStateChangedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor email)
    : IdempotentConsumer<OrderStateChanged>(database, clock)
{
    protected override async Task PrepareAsync(OrderStateChanged message, CancellationToken ct) =>
        await ExecutionEmailStep.OrderAsync(email, message, ct);

    protected override Task<StageOutcome?> HandleAsync(OrderStateChanged message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
