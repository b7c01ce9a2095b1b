using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Emails a pipeline stage's failure (a <see cref="PipelineStageChanged"/> with status <see cref="StageStatuses.Failed"/>; every other status
/// is ignored) once per stage and session (<see cref="StageMessages.Failed"/>), queue <c>notification-pipeline-stage-changed</c> next to
/// ingestion's own (a published event reaches both). Sent in <see cref="PrepareAsync"/>, before the inbox transaction, at most once
/// (<see cref="MessageDistributor"/>: Telegram and email as routed).
/// </summary>
public sealed class PipelineStageChangedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor email)
    : IdempotentConsumer<PipelineStageChanged>(database, clock)
{
    protected override async Task PrepareAsync(PipelineStageChanged message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Status == StageStatuses.Failed)
        {
            await email.DistributeAsync(StageMessages.Failed(message.RunId, message.SessionDate, message.Stage, message.Error, message.OccurredAt), ct);
        }
    }

    protected override Task<StageOutcome?> HandleAsync(PipelineStageChanged message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
