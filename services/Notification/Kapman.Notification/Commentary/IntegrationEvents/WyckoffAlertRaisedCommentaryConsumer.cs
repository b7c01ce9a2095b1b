using System.Globalization;
using Kapman.Contracts;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core.Commentary;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Commentary.IntegrationEvents;

/// <summary>Stores a Wyckoff alert as a commentary fact, queue <c>notification-wyckoff-alert-raised-commentary</c>.</summary>
public sealed class WyckoffAlertRaisedCommentaryConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<WyckoffAlertRaised>(database, clock)
{
    protected override async Task<StageOutcome?> HandleAsync(WyckoffAlertRaised message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tx);
        var subject = string.Create(CultureInfo.InvariantCulture, $"{message.SessionDate:yyyy-MM-dd}|{message.Ticker}|{message.Kind}");
        await CommentaryFactStore.RecordAsync(tx.Transaction, FactKinds.Alert, subject, message.SessionDate,
            new SessionAlert(message.Ticker, message.Kind, message.Score), DateTimeOffset.UnixEpoch, ct);
        return null;
    }
}
