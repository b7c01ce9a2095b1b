using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Email;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// The notification stage: the end-of-run summary email, once per session, listing the session's recommendations
/// and no-trade reasons as the event carries them (<see cref="RecommendationsGenerated.Recommendations"/>; the service
/// reads no other service's tables), by status, then confidence descending, then ticker. The email goes out in
/// <see cref="PrepareAsync"/>, before the inbox transaction opens, and at most once (<see cref="EmailDispatcher"/>).
/// A send whose outcome is unknown fails the stage with that reason (it is not re-sent). A version-1 event, which
/// carries no recommendations, gets the counts only.
/// </summary>
public sealed class RecommendationsGeneratedConsumer(ServiceDatabase database, TimeProvider clock, EmailDispatcher email)
    : IdempotentConsumer<RecommendationsGenerated>(database, clock)
{
    private DispatchOutcome outcome;

    protected override string Stage => PipelineStages.Notification;

    protected override async Task PrepareAsync(RecommendationsGenerated message, CancellationToken ct)
    {
        var lines = (message.Recommendations ?? [])
            .OrderBy(r => r.Status, StringComparer.Ordinal)
            .ThenByDescending(r => r.Confidence)
            .ThenBy(r => r.Ticker, StringComparer.Ordinal)
            .Select(r => new SummaryLine(r.Ticker, r.Status, r.Strategy, r.Direction, r.Action, r.OccSymbol, r.Confidence, r.NoTradeReason))
            .ToList();
        outcome = await email.DispatchAsync(MessageComposer.Summary(message.SessionDate, message.Issued, message.NoTrade, lines), ct);
    }

    protected override Task<StageOutcome?> HandleAsync(RecommendationsGenerated message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(outcome == DispatchOutcome.Unknown
            ? new StageOutcome(StageStatuses.Failed, 0, "summary email: send outcome unknown (not re-sent; see the message log)")
            : StageOutcome.Succeeded(outcome is DispatchOutcome.Sent or DispatchOutcome.Logged ? 1 : 0));
}
