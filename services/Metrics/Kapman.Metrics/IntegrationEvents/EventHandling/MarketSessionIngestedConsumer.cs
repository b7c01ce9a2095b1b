using Kapman.Contracts;
using Kapman.Metrics.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Metrics.IntegrationEvents.EventHandling;

/// <summary>The metrics stage: indicators for every ticker of the session (<see cref="DailyIndicatorStep"/>).</summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    protected override string Stage => PipelineStages.Metrics;

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        var outcome = await DailyIndicatorStep.RunAsync(tx, message.SessionDate, ct);
        await tx.PublishAsync(new IndicatorsComputed(message.RunId, message.SessionDate, outcome.Tickers), ct);
        return StageOutcome.Succeeded(outcome.Tickers);
    }
}
