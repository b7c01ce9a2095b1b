using Kapman.Contracts;
using Kapman.Metrics.Core;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.MarketData;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Metrics.IntegrationEvents.EventHandling;

/// <summary>The metrics stage: indicators for every ticker of the session from its stored history.</summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, MarketBarReader bars)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    /// <summary>
    /// Calendar days of history read: about 310 sessions, at least the <see cref="DailyIndicatorCalculator.WindowSessions"/>
    /// that define a snapshot, so this incremental step equals a full recompute.
    /// </summary>
    public const int LookbackCalendarDays = 450;

    protected override string Stage => PipelineStages.Metrics;

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        var histories = await bars.HistoriesAsync(message.SessionDate, LookbackCalendarDays, ct);
        // Tickers are independent and the calculation is pure, so they are computed on all cores.
        var snapshots = histories
            .AsParallel()
            .Select(h => DailyIndicatorCalculator.Compute(h.Key, h.Value.Select(b => new Bar(b.SessionDate, b.Open, b.High, b.Low, b.Close, b.Volume)).ToList()))
            .ToList();
        await IndicatorStore.UpsertAsync(tx, snapshots, ct);
        await tx.PublishAsync(new IndicatorsComputed(message.RunId, message.SessionDate, snapshots.Count), ct);
        return StageOutcome.Succeeded(snapshots.Count);
    }
}
