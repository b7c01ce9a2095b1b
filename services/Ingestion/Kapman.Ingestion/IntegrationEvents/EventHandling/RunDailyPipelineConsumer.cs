using Kapman.Contracts;
using Kapman.Ingestion.Application;
using Kapman.Ingestion.Loading;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>
/// The ingestion stage (<see cref="DailySessionStep"/>): fetches the session's file before the consumer's transaction opens,
/// then stores and announces it in the transaction.
/// </summary>
public sealed class RunDailyPipelineConsumer(ServiceDatabase database, TimeProvider clock, DailySessionStep step)
    : IdempotentConsumer<RunDailyPipeline>(database, clock)
{
    private FetchedSession? fetched;

    protected override string Stage => PipelineStages.Ingestion;

    protected override async Task PrepareAsync(RunDailyPipeline message, CancellationToken ct) =>
        fetched = await step.FetchAsync(message, ct);

    protected override async Task<StageOutcome?> HandleAsync(RunDailyPipeline message, OutboxTransaction tx, CancellationToken ct) =>
        await step.RunAsync(message, fetched ?? throw new InvalidOperationException("PrepareAsync fetches the session before HandleAsync."), tx, ct);
}
