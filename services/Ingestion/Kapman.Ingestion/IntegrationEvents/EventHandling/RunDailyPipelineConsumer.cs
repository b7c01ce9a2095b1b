using Kapman.Contracts;
using Kapman.Ingestion.Loading;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.IntegrationEvents.EventHandling;

/// <summary>The ingestion stage: loads the session's file and announces it with <see cref="MarketSessionIngested"/>.</summary>
public sealed class RunDailyPipelineConsumer(ServiceDatabase database, TimeProvider clock, SessionLoader loader)
    : IdempotentConsumer<RunDailyPipeline>(database, clock)
{
    protected override string Stage => PipelineStages.Ingestion;

    protected override async Task<StageOutcome?> HandleAsync(RunDailyPipeline message, OutboxTransaction tx, CancellationToken ct)
    {
        var result = await loader.LoadAsync(message.SessionDate, tx, ct);
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
