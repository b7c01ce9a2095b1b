using Kapman.Contracts;
using Kapman.Options.Chains;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>
/// The options stage: loads the session's chains (snapshot files, then the Polygon API for the watchlist when the session is the
/// current one), and hands them to <see cref="OptionsStage"/>, which fills in IV and greeks where the feed has none, computes GEX
/// and walls, dealer positioning, volatility metrics and the daily summary per underlying, applies contract retention and
/// announces both with <see cref="OptionChainsIngested"/> and <see cref="OptionMetricsComputed"/>.
/// The chains are read (files and API) before the consumer's transaction opens, so a slow API holds no transaction.
/// A snapshot that cannot be read or stored skips its underlying only (logged, stage <c>partial</c> with the reason).
/// </summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, SessionChainLoader loader, OptionsStage stage)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    private IReadOnlyList<SnapshotLoad>? loads;

    protected override string Stage => PipelineStages.Options;

    protected override async Task PrepareAsync(MarketSessionIngested message, CancellationToken ct) =>
        loads = await loader.LoadAsync(message.SessionDate, ct);

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct) =>
        await stage.RunAsync(tx, message, loads ?? throw new InvalidOperationException("PrepareAsync reads the chains before HandleAsync."), ct);
}
