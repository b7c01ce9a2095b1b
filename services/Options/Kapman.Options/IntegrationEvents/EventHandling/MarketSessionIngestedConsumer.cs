using Kapman.Contracts;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>
/// The options stage: loads the session's chain snapshots, fills in IV and greeks where the feed has none,
/// computes GEX and walls, and announces both with <see cref="OptionChainsIngested"/> and <see cref="OptionMetricsComputed"/>.
/// </summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, ChainOptions options, ILogger<MarketSessionIngestedConsumer> logger)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    protected override string Stage => PipelineStages.Options;

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct)
    {
        int underlyings = 0, contracts = 0, skipped = 0;
        foreach (var (underlying, path) in options.SnapshotsFor(message.SessionDate))
        {
            OptionChainSnapshot chain;
            await using (var file = File.OpenRead(path))
            {
                chain = PolygonSnapshotReader.Read(file, underlying, message.SessionDate);
            }

            var enriched = ChainEnricher.Enrich(chain, options.Pricing);
            var metrics = DealerMetricsCalculator.Compute(underlying, message.SessionDate, chain.Spot, enriched);
            await ChainStore.WriteAsync(tx, chain, enriched, metrics, ct);
            logger.LogInformation("{Underlying} {Session}: {Contracts} contracts ({Skipped} skipped), net GEX {NetGex:N0} $/1%",
                underlying, message.SessionDate, enriched.Count, chain.Skipped.Count, metrics.NetGex);
            underlyings++;
            contracts += enriched.Count;
            skipped += chain.Skipped.Count;
        }

        await tx.PublishAsync(new OptionChainsIngested(message.RunId, message.SessionDate, underlyings, contracts), ct);
        await tx.PublishAsync(new OptionMetricsComputed(message.RunId, message.SessionDate, underlyings), ct);
        return skipped > 0
            ? new StageOutcome(StageStatuses.Partial, contracts, $"{skipped} contracts skipped as unreadable")
            : StageOutcome.Succeeded(contracts);
    }
}
