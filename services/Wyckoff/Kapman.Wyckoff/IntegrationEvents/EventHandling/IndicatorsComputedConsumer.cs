using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// The Wyckoff stage: scores and events for every ticker of the session, one snapshot each, an alert event per
/// fired decision rule, then <see cref="WyckoffSessionAnalyzed"/> (the work is <see cref="WyckoffDailyStep"/>); the event is
/// recorded for replay (<see cref="StoredEventReader"/>). It reads bars through Ingestion's read contract and recomputes the few indicators it needs with Metrics.Core, so its output depends only on
/// the bars and its parameters. The market of the relative-strength test is <see cref="WyckoffDailyStep.MarketTicker"/>'s
/// bars when the session has them, otherwise the equal-weighted index of every history read.
/// </summary>
public sealed class IndicatorsComputedConsumer(ServiceDatabase database, TimeProvider clock, MarketBarReader bars, WyckoffParameters parameters)
    : IdempotentConsumer<IndicatorsComputed>(database, clock)
{
    protected override string Stage => PipelineStages.Wyckoff;

    protected override async Task<StageOutcome?> HandleAsync(IndicatorsComputed message, OutboxTransaction tx, CancellationToken ct)
    {
        await StoredEventReader.RecordAsync(tx, message, ct);
        var (tickers, _) = await WyckoffDailyStep.RunAsync(tx, bars, parameters, message, ct);
        return StageOutcome.Succeeded(tickers);
    }
}
