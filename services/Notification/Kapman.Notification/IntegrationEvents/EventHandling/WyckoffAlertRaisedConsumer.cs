using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Email;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>Emails each Wyckoff alert once per ticker, session and kind (seed 000 FR-011: BC ≥ 24 is a critical exit alert).</summary>
public sealed class WyckoffAlertRaisedConsumer(ServiceDatabase database, TimeProvider clock, EmailDispatcher email)
    : IdempotentConsumer<WyckoffAlertRaised>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(WyckoffAlertRaised message, OutboxTransaction tx, CancellationToken ct)
    {
        await email.DispatchAsync(tx, MessageComposer.Alert(message.Kind, message.Ticker, message.Score, message.SessionDate), ct);
        return null;
    }
}
