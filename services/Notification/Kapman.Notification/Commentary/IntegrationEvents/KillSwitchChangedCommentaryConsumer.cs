using System.Globalization;
using Kapman.Contracts;
using Kapman.Notification.Commentary.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Commentary.IntegrationEvents;

/// <summary>Stores the kill switch's latest mode of the session as a commentary fact, queue <c>notification-kill-switch-changed-commentary</c>.</summary>
public sealed class KillSwitchChangedCommentaryConsumer(ServiceDatabase database, TimeProvider clock)
    : IdempotentConsumer<KillSwitchChanged>(database, clock)
{
    private readonly TimeProvider time = clock;

    protected override async Task<StageOutcome?> HandleAsync(KillSwitchChanged message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tx);
        await CommentaryFactStore.RecordAsync(tx.Transaction, FactKinds.KillSwitch, message.SessionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            message.SessionDate, new KillSwitchFact(message.Mode, message.Reason), message.ChangedAt ?? time.GetUtcNow(), ct);
        return null;
    }
}
