using Kapman.Contracts;
using Kapman.Ingestion.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>Keeps the run record from every stage's <see cref="PipelineStageChanged"/> events (<see cref="RunKeeper.ApplyAsync"/>).</summary>
public sealed class PipelineStageChangedConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<PipelineStageChanged>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(PipelineStageChanged message, OutboxTransaction tx, CancellationToken ct)
    {
        await RunKeeper.ApplyAsync(message, tx, ct);
        return null;
    }
}
