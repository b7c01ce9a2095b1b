using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Emails each execution alert once (an unexplained reconciliation difference that put the kill switch in safe mode, a hard-stop flatten
/// that could not be priced), the way <see cref="WyckoffAlertRaisedConsumer"/> emails Wyckoff alerts: sent in <see cref="PrepareAsync"/>,
/// before the inbox transaction, at most once per channel (<see cref="MessageDistributor"/>: Telegram and email as routed).
/// </summary>
public sealed class ExecutionAlertRaisedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor email)
    : IdempotentConsumer<ExecutionAlertRaised>(database, clock)
{
    protected override async Task PrepareAsync(ExecutionAlertRaised message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await email.DistributeAsync(MessageComposer.ExecutionAlert(message.Kind, message.Summary, message.Details, message.SessionDate, message.At), ct);
    }

    protected override Task<StageOutcome?> HandleAsync(ExecutionAlertRaised message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
