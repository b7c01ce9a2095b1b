using Kapman.Contracts;
using Kapman.Ingestion.Loading;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>
/// The ingestion stage: fetches the session's file before the consumer's transaction opens (an S3 or Polygon download
/// must not hold it), stores it in the transaction and announces it with <see cref="MarketSessionIngested"/>.
/// </summary>
public sealed class RunDailyPipelineConsumer(ServiceDatabase database, TimeProvider clock, SessionLoader loader)
    : IdempotentConsumer<RunDailyPipeline>(database, clock)
{
    private FetchedSession? fetched;

    protected override string Stage => PipelineStages.Ingestion;

    protected override async Task PrepareAsync(RunDailyPipeline message, CancellationToken ct) =>
        fetched = await loader.FetchAsync(message.SessionDate, ct);

    protected override async Task<StageOutcome?> HandleAsync(RunDailyPipeline message, OutboxTransaction tx, CancellationToken ct)
    {
        var result = await loader.StoreAsync(fetched ?? throw new InvalidOperationException("PrepareAsync fetches the session before HandleAsync."), tx, ct);
        if (!result.Loaded)
        {
            // A missing or unreadable file will not heal on retry: fail the stage visibly instead of looping.
            return new StageOutcome(StageStatuses.Failed, 0, $"session {message.SessionDate:yyyy-MM-dd} {result.Status}: {result.Error}");
        }

        await tx.PublishAsync(new MarketSessionIngested(message.RunId, message.SessionDate, result.Tickers, result.Rows, result.Quarantined, result.Source), ct);
        return new StageOutcome(result.Quarantined > 0 ? StageStatuses.Partial : StageStatuses.Succeeded, result.Rows,
            result.Quarantined > 0 ? $"{result.Quarantined} rows quarantined" : null);
    }
}
