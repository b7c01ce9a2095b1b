using System.Globalization;
using Kapman.Contracts;
using Kapman.Notification.Commentary.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Commentary.IntegrationEvents;

/// <summary>Stores an issued recommendation's legs (their OCC symbols) as a commentary fact, queue <c>notification-recommendation-issued-commentary</c>.</summary>
public sealed class RecommendationIssuedCommentaryConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<RecommendationIssued>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(RecommendationIssued message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tx);
        if (message.Legs is { Count: > 0 } legs)
        {
            await CommentaryFactStore.RecordAsync(tx.Transaction, FactKinds.Legs, message.RecommendationId.ToString("N", CultureInfo.InvariantCulture), message.SessionDate,
                new LegsFact(message.Ticker, legs.Select(l => l.OccSymbol).ToArray()), DateTimeOffset.UnixEpoch, ct);
        }

        return null;
    }
}
