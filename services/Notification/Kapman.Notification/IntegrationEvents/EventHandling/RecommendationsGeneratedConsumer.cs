using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// The notification stage (<see cref="SummaryEmailStep"/>): the summary email goes out in <see cref="PrepareAsync"/>, before the
/// inbox transaction opens, and at most once per channel (<see cref="MessageDistributor"/>: Telegram and email as routed). A send whose outcome is unknown fails the stage
/// with that reason (it is not re-sent).
/// </summary>
public sealed class RecommendationsGeneratedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor email)
    : IdempotentConsumer<RecommendationsGenerated>(database, clock)
{
    private DispatchOutcome outcome;

    protected override string Stage => PipelineStages.Notification;

    protected override async Task PrepareAsync(RecommendationsGenerated message, CancellationToken ct) =>
        outcome = await SummaryEmailStep.SendAsync(email, message, ct);

    protected override Task<StageOutcome?> HandleAsync(RecommendationsGenerated message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(SummaryEmailStep.Outcome(outcome));
}
