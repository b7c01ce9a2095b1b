using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Discord.IntegrationEvents;

/// <summary>Schedules a Wyckoff alert's three Discord tier posts (<see cref="DiscordScheduler.AlertAsync"/>), queue <c>notification-wyckoff-alert-raised-discord</c>.</summary>
public sealed class WyckoffAlertRaisedDiscordConsumer(ServiceDatabase database, TimeProvider clock, DiscordScheduler discord)
    : IdempotentConsumer<WyckoffAlertRaised>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(WyckoffAlertRaised message, OutboxTransaction tx, CancellationToken ct)
    {
        await discord.AlertAsync(message, tx, ct);
        return null;
    }
}
