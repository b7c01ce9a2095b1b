using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// Stores the session's dealer context (<see cref="DealerContextStep"/>) from the dealer metrics the event carries and brings the
/// session's stored snapshots of those tickers to their dealer features. Not a pipeline stage of its own: the context only adds
/// features and the API's dealer context to the snapshots, never a score, event or alert. A version-1 event carries none.
/// </summary>
public sealed class OptionMetricsComputedConsumer(ServiceDatabase database, TimeProvider clock, MarketBarReader bars, WyckoffParameters parameters)
    : IdempotentConsumer<OptionMetricsComputed>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(OptionMetricsComputed message, OutboxTransaction tx, CancellationToken ct)
    {
        await DealerContextStep.RunAsync(tx, bars, parameters, message.SessionDate, message.DealerMetrics ?? [], ct);
        return null;
    }
}
