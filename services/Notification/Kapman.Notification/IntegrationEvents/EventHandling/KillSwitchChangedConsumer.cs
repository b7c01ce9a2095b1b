using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Emails each kill-switch change once (<see cref="ExecutionEmailStep.KillSwitchAsync"/>), the way <see cref="ExecutionAlertRaisedConsumer"/>
/// emails alerts: sent in <see cref="PrepareAsync"/>, before the inbox transaction, at most once per channel (<see cref="MessageDistributor"/>: Telegram and email as routed).
/// </summary>
public sealed class KillSwitchChangedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor email)
    : IdempotentConsumer<KillSwitchChanged>(database, clock)
{
    protected override async Task PrepareAsync(KillSwitchChanged message, CancellationToken ct) =>
        await ExecutionEmailStep.KillSwitchAsync(email, message, ct);

    protected override Task<StageOutcome?> HandleAsync(KillSwitchChanged message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
