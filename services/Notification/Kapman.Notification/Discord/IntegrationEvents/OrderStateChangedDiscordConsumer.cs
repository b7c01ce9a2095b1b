using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Discord.IntegrationEvents;

/// <summary>
/// Schedules the three Discord tier posts of an order's fill, partial fill or close (<see cref="DiscordScheduler.OrderAsync"/>), queue
/// <c>notification-order-state-changed-discord</c>.
/// </summary>
public sealed class OrderStateChangedDiscordConsumer(ServiceDatabase database, TimeProvider clock, DiscordScheduler discord)
    : IdempotentConsumer<OrderStateChanged>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(OrderStateChanged message, OutboxTransaction tx, CancellationToken ct)
    {
        await discord.OrderAsync(message, tx, ct);
        return null;
    }
}
