using Kapman.Contracts;
using Kapman.Metrics.Application;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Metrics.IntegrationEvents.EventHandling;

/// <summary>
/// The metrics stage: indicators for every ticker of the session (<see cref="DailyIndicatorStep"/>), from the bars of
/// Ingestion's read contract on <paramref name="marketData"/>.
/// </summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, [FromKeyedServices(ReadContracts.MarketData)] NpgsqlDataSource marketData)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    protected override string Stage => PipelineStages.Metrics;

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        var outcome = await DailyIndicatorStep.RunAsync(tx, marketData, message.SessionDate, ct);
        await tx.PublishAsync(new IndicatorsComputed(message.RunId, message.SessionDate, outcome.Tickers), ct);
        return StageOutcome.Succeeded(outcome.Tickers);
    }
}
