using System.Globalization;
using Kapman.Contracts;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core.Commentary;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Commentary.IntegrationEvents;

/// <summary>Stores an order's latest state (by its transition time) as a commentary fact, queue <c>notification-order-state-changed-commentary</c>.</summary>
public sealed class OrderStateChangedCommentaryConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<OrderStateChanged>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(OrderStateChanged message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tx);
        await CommentaryFactStore.RecordAsync(tx.Transaction, FactKinds.Order, message.OrderId.ToString("N", CultureInfo.InvariantCulture), message.SessionDate,
            new SessionOrder(message.Ticker, message.Description, message.ToState, message.FilledQuantity, message.Quantity, message.Mode), message.At, ct);
        return null;
    }
}
