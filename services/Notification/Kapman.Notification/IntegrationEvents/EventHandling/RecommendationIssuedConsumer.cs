using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Telegram;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Puts a recommendation into the Telegram approval queue (<see cref="ApprovalSendStep"/>) when routed there and not paused
/// (<see cref="TelegramApprovalRoute"/>): sent in <see cref="PrepareAsync"/>, before the inbox transaction, once per recommendation and chat.
/// Nothing is sent while Telegram is disabled.
/// </summary>
public sealed class RecommendationIssuedConsumer(ServiceDatabase database, TimeProvider clock, TelegramApprovalRoute telegram)
    : IdempotentConsumer<RecommendationIssued>(database, clock)
{
    protected override async Task PrepareAsync(RecommendationIssued message, CancellationToken ct) =>
        await telegram.SendAsync(message, ct);

    protected override Task<StageOutcome?> HandleAsync(RecommendationIssued message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
