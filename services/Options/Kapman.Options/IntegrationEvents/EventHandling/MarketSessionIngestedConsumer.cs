using Kapman.Contracts;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>
/// The options stage: loads the session's chains (snapshot files, then the Polygon API for the watchlist), fills in IV and greeks where the feed has none,
/// computes GEX and walls, dealer positioning, volatility metrics and the daily summary, and announces both with <see cref="OptionChainsIngested"/> and <see cref="OptionMetricsComputed"/>.
/// The chains are read (files and API) before the consumer's transaction opens, so a slow API holds no transaction.
/// A snapshot that cannot be read skips its underlying only (logged, counted, stage <c>partial</c> with the reason).
/// American-style contracts are priced with <see cref="ChainOptions.American"/>; after the load, contracts older than the retention
/// are removed (<see cref="ContractRetention"/>).
/// </summary>
public sealed class MarketSessionIngestedConsumer(
    ServiceDatabase database, TimeProvider clock, ChainOptions options, SessionChainLoader loader, ILogger<MarketSessionIngestedConsumer> logger)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    private IReadOnlyList<SnapshotLoad>? loads;

    protected override string Stage => PipelineStages.Options;

    protected override async Task PrepareAsync(MarketSessionIngested message, CancellationToken ct) =>
        loads = await loader.LoadAsync(message.SessionDate, ct);

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        int underlyings = 0, contracts = 0, skipped = 0;
        var failed = new List<SnapshotLoad>();
        await ContractRetention.LockAsync(tx, ct);
        foreach (var load in loads ?? throw new InvalidOperationException("PrepareAsync reads the chains before HandleAsync."))
        {
            var underlying = load.Underlying;
            if (load.Chain is not { } chain)
            {
                logger.LogWarning("{Underlying} {Session}: chain {Path} skipped: {Reason}", underlying, message.SessionDate, load.Path, load.Failure);
                failed.Add(load);
                continue;
            }

            var enriched = ChainEnricher.Enrich(chain, options.Pricing, options.American);
            var metrics = DealerMetricsCalculator.Compute(underlying, message.SessionDate, chain.Spot, enriched);
            await ChainStore.WriteAsync(tx, chain, enriched, metrics, ct);
            var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, options.Pricing, options.Convention);
            var volatility = VolatilityMetricsCalculator.Compute(enriched, chain.Spot);
            var history = await AnalyticsStore.IvHistoryAsync(tx, underlying, message.SessionDate, ct);
            await AnalyticsStore.WriteAsync(tx, underlying, message.SessionDate, dealer, volatility,
                IvHistoryStatistics.Compute(volatility.AtmIv30, history), await AnalyticsStore.Hv20Async(tx, underlying, message.SessionDate, ct),
                DailySummaryCalculator.Compute(enriched, chain.Spot), ct);
            logger.LogInformation("{Underlying} {Session}: {Contracts} contracts ({Skipped} skipped), net GEX {NetGex:N0} $/1%",
                underlying, message.SessionDate, enriched.Count, chain.Skipped.Count, metrics.NetGex);
            underlyings++;
            contracts += enriched.Count;
            skipped += chain.Skipped.Count;
        }

        if (options.ContractRetentionDays > 0)
        {
            var (partitions, rows) = await ContractRetention.ApplyAsync(tx, message.SessionDate, options.ContractRetentionDays, ct);
            logger.LogInformation("{Session}: retention {Days} d dropped {Partitions} partition(s) and deleted {Rows} contract row(s)",
                message.SessionDate, options.ContractRetentionDays, partitions, rows);
        }

        await tx.PublishAsync(new OptionChainsIngested(message.RunId, message.SessionDate, underlyings, contracts), ct);
        await tx.PublishAsync(new OptionMetricsComputed(message.RunId, message.SessionDate, underlyings), ct);
        return OptionsStageResult.From(contracts, skipped, failed);
    }
}
