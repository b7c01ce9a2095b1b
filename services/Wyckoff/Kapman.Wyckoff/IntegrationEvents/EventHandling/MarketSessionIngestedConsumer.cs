using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// The Wyckoff stage: scores and events for every ticker of the session, one snapshot each, an alert event per
/// fired decision rule, then <see cref="WyckoffSessionAnalyzed"/> (the work is <see cref="WyckoffDailyStep"/>). Triggered by
/// <see cref="MarketSessionIngested"/> because its input is the session's bars, read through Ingestion's read contract; it
/// recomputes the few indicators it needs with Kapman.Indicators, so its output depends only on the bars and its parameters
/// and it runs beside the metrics and options stages, not after them. The market of the relative-strength test is
/// <see cref="WyckoffDailyStep.MarketTicker"/>'s bars when the session has them, otherwise the equal-weighted index of every
/// history read. A replayed event (a new MessageId, from Ingestion's <c>POST /replay</c>) analyses the session again:
/// snapshots are upserted per model version and alerts stored once per ticker, session and kind.
/// </summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, MarketBarReader bars, WyckoffParameters parameters)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    protected override string Stage => PipelineStages.Wyckoff;

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        var (tickers, _) = await WyckoffDailyStep.RunAsync(tx, bars, parameters, message, ct);
        return StageOutcome.Succeeded(tickers);
    }
}
