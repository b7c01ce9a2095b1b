using Kapman.Contracts;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>
/// The options stage: loads the session's chains with <see cref="SessionChainLoader"/> (snapshot files, then the Polygon API for
/// the watchlist when the session is the current one) before the consumer's transaction opens, so a slow API holds no
/// transaction, then runs <see cref="OptionsDailyStep"/> in it.
/// </summary>
public sealed class MarketSessionIngestedConsumer(ServiceDatabase database, TimeProvider clock, SessionChainLoader loader, OptionsDailyStep step)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    private IReadOnlyList<SnapshotLoad>? loads;

    protected override string Stage => PipelineStages.Options;

    protected override async Task PrepareAsync(MarketSessionIngested message, CancellationToken ct) =>
        loads = await loader.LoadAsync(message.SessionDate, ct);

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct) =>
        await step.RunAsync(tx, message, loads ?? throw new InvalidOperationException("PrepareAsync reads the chains before HandleAsync."), ct);
}
