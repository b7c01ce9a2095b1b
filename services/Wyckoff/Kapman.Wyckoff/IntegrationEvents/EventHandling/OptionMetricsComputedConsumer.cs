using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// Stores the session's dealer context (<see cref="DealerContextStep"/>) from the dealer metrics the event carries. Not a
/// pipeline stage of its own: the context only decorates the snapshots the API returns. A version-1 event carries none.
/// </summary>
public sealed class OptionMetricsComputedConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<OptionMetricsComputed>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(OptionMetricsComputed message, OutboxTransaction tx, CancellationToken ct)
    {
        await DealerContextStep.RunAsync(tx, message.SessionDate, message.DealerMetrics ?? [], ct);
        return null;
    }
}
