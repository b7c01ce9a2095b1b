using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Application;

/// <summary>
/// The notification stage's work: the end-of-run summary email, once per session, listing the session's recommendations
/// and no-trade reasons as <see cref="RecommendationsGenerated.Recommendations"/> carries them (the service reads no other
/// service's tables), by status, then confidence descending, then ticker. A version-1 event, which carries no
/// recommendations, gets the counts only.
/// </summary>
public static class SummaryEmailStep
{
    /// <summary>Composes the summary of <paramref name="message"/> and sends it at most once (<see cref="MessageDistributor"/>: Telegram and email as routed).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<DispatchOutcome> SendAsync(MessageDistributor email, RecommendationsGenerated message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(message);
        var lines = (message.Recommendations ?? [])
            .OrderBy(r => r.Status, StringComparer.Ordinal)
            .ThenByDescending(r => r.Confidence)
            .ThenBy(r => r.Ticker, StringComparer.Ordinal)
            .Select(r => new SummaryLine(r.Ticker, r.Status, r.Strategy, r.Direction, r.Action, r.OccSymbol, r.Confidence, r.NoTradeReason, r.NoEdge))
            .ToList();
        return email.DistributeAsync(MessageComposer.Summary(message.SessionDate, message.Issued, message.NoTrade, lines), ct);
    }

    /// <summary>
    /// The stage's outcome: failed when the send's outcome is unknown (it is not re-sent), else succeeded with 1 email sent or
    /// logged, or 0 when the summary had already been handled.
    /// </summary>
    public static StageOutcome Outcome(DispatchOutcome dispatched) => dispatched == DispatchOutcome.Unknown
        ? new StageOutcome(StageStatuses.Failed, 0, "summary email: send outcome unknown (not re-sent; see the message log)")
        : StageOutcome.Succeeded(dispatched is DispatchOutcome.Sent or DispatchOutcome.Logged ? 1 : 0);
}
