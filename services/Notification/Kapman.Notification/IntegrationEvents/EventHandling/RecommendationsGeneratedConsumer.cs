using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Email;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>The notification stage: the end-of-run summary email, once per session.</summary>
public sealed class RecommendationsGeneratedConsumer(ServiceDatabase database, TimeProvider clock, EmailDispatcher email)
    : IdempotentConsumer<RecommendationsGenerated>(database, clock)
{
    protected override string Stage => PipelineStages.Notification;

    protected override async Task<StageOutcome?> HandleAsync(RecommendationsGenerated message, OutboxTransaction tx, CancellationToken ct)
    {
        var sent = await email.DispatchAsync(tx, MessageComposer.Summary(message.SessionDate, message.Issued, message.NoTrade), ct);
        return StageOutcome.Succeeded(sent ? 1 : 0);
    }
}
