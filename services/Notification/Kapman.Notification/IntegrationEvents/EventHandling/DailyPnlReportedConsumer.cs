using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Core.Pnl;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// Sends execution's daily P&amp;L summary (<see cref="PnlMessages.Daily"/>, route DAILY_PNL) once per session and book on each channel the
/// routing table names (<see cref="MessageDistributor"/>: Telegram and email), queue <c>notification-daily-pnl-reported</c>. Sent in
/// <see cref="PrepareAsync"/>, before the inbox transaction.
/// </summary>
public sealed class DailyPnlReportedConsumer(ServiceDatabase database, TimeProvider clock, MessageDistributor distributor)
    : IdempotentConsumer<DailyPnlReported>(database, clock)
{
    protected override async Task PrepareAsync(DailyPnlReported message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await distributor.DistributeAsync(PnlMessages.Daily(new DailyPnlUpdate(message.SessionDate, message.Mode, message.Realized, message.Commissions,
            message.Unrealized, message.Total, message.DayChange, message.PreviousSession, message.OpenHoldings, message.UnmarkedHoldings, message.MarksAsOf,
            [.. (message.ByUnderlying ?? []).Select(l => new PnlLine(l.Underlying, l.Realized, l.Commissions, l.Unrealized, l.Total, l.OpenHoldings))])), ct);
    }

    protected override Task<StageOutcome?> HandleAsync(DailyPnlReported message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
