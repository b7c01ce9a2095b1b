using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Discord.IntegrationEvents;

/// <summary>
/// Schedules a recommendation's three Discord tier posts (<see cref="DiscordScheduler.RecommendationAsync"/>), queue
/// <c>notification-recommendation-issued-discord</c>.
/// </summary>
public sealed class RecommendationIssuedDiscordConsumer(ServiceDatabase database, TimeProvider clock, DiscordScheduler discord)
    : IdempotentConsumer<RecommendationIssued>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(RecommendationIssued message, OutboxTransaction tx, CancellationToken ct)
    {
        await discord.RecommendationAsync(message, tx, ct);
        return null;
    }
}
