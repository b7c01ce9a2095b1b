using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Emails each Wyckoff alert once per ticker, session and kind (docs/domain/wyckoff-scores.md#decision-rules, seed 000 FR-011: BC ≥ 24 is a critical exit alert).
/// The email goes out in <see cref="PrepareAsync"/>, before the inbox transaction opens, and at most once
/// (<see cref="MessageDistributor"/>: Telegram and email as routed): a failed commit afterwards makes the retry find the message already handled.
/// </summary>
public sealed class WyckoffAlertRaisedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor email)
    : IdempotentConsumer<WyckoffAlertRaised>(database, clock)
{
    protected override async Task PrepareAsync(WyckoffAlertRaised message, CancellationToken ct) =>
        await email.DistributeAsync(MessageComposer.Alert(message.Kind, message.Ticker, message.Score, message.SessionDate), ct);

    protected override Task<StageOutcome?> HandleAsync(WyckoffAlertRaised message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
