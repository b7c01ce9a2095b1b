using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// Stores the session's dealer context (<see cref="DealerContextStore"/>) when the Options service has computed
/// its dealer metrics. Not a pipeline stage of its own: the Wyckoff stage is the analysis of IndicatorsComputed,
/// and the context only decorates the snapshots the API returns.
/// </summary>
public sealed class OptionMetricsComputedConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<OptionMetricsComputed>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(OptionMetricsComputed message, OutboxTransaction tx, CancellationToken ct)
    {
        await DealerContextStore.CopyAsync(tx, message.SessionDate, ct);
        return null;
    }
}
