using Kapman.Contracts;
using Kapman.Ingestion.Pipeline;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>Keeps the run record from every stage's <see cref="PipelineStageChanged"/> events.</summary>
public sealed class PipelineStageChangedConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<PipelineStageChanged>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(PipelineStageChanged message, OutboxTransaction tx, CancellationToken ct)
    {
        await PipelineRunStore.ApplyAsync(tx, message, ct);
        return null;
    }
}
