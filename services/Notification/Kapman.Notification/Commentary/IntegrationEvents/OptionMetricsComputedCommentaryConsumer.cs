using System.Globalization;
using Kapman.Contracts;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core.Commentary;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Commentary.IntegrationEvents;

/// <summary>
/// Stores each underlying's dealer positioning (version 2 of the event) as a commentary fact, queue
/// <c>notification-option-metrics-computed-commentary</c>; a later run of the same session replaces it.
/// </summary>
public sealed class OptionMetricsComputedCommentaryConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<OptionMetricsComputed>(database, clock)
{
    private readonly TimeProvider time = clock;

    protected override async Task<StageOutcome?> HandleAsync(OptionMetricsComputed message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tx);
        foreach (var d in message.DealerMetrics ?? [])
        {
            await CommentaryFactStore.RecordAsync(tx.Transaction, FactKinds.Dealer, string.Create(CultureInfo.InvariantCulture, $"{message.SessionDate:yyyy-MM-dd}|{d.Underlying}"),
                message.SessionDate, new SessionDealer(d.Underlying, d.Spot, d.NetGex, d.GammaFlip, d.CallWall, d.PutWall, d.Position), time.GetUtcNow(), ct);
        }

        return null;
    }
}
