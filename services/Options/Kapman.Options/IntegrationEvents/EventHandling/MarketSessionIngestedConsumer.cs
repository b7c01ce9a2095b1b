using Kapman.Contracts;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.IntegrationEvents.EventHandling;

/// <summary>
/// The options stage: reads which underlyings want chains (<see cref="ChainUnderlyingsReader"/>: watchlists, P1 portfolios, the setting)
/// and loads the session's chains with <see cref="SessionChainLoader"/> (snapshot files, then the Polygon API for the wanted
/// underlyings when the session is the current one) before the consumer's transaction opens, so a slow API holds no transaction,
/// then runs <see cref="OptionsDailyStep"/> in it, which also records what it found per underlying.
/// </summary>
public sealed class MarketSessionIngestedConsumer(
    ServiceDatabase database, TimeProvider clock, ChainUnderlyingsReader underlyings, SessionChainLoader loader, OptionsDailyStep step)
    : IdempotentConsumer<MarketSessionIngested>(database, clock)
{
    private IReadOnlyList<ChainWant> wanted = [];
    private IReadOnlyList<SnapshotLoad>? loads;

    protected override string Stage => PipelineStages.Options;

    protected override async Task PrepareAsync(MarketSessionIngested message, CancellationToken ct)
    {
        wanted = await underlyings.ReadAsync(ct);
        loads = await loader.LoadAsync(message.SessionDate, [.. wanted.Select(w => w.Underlying)], ct);
    }

    protected override async Task<StageOutcome?> HandleAsync(MarketSessionIngested message, OutboxTransaction tx, CancellationToken ct) =>
        await step.RunAsync(tx, message, loads ?? throw new InvalidOperationException("PrepareAsync reads the chains before HandleAsync."), wanted, ct);
}
