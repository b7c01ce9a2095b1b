using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Email;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// The notification stage: the end-of-run summary email, once per session, listing the session's recommendations
/// and no-trade reasons (read schema-qualified from <c>recommendation.recommendations</c>, never written).
/// </summary>
public sealed class RecommendationsGeneratedConsumer(ServiceDatabase database, TimeProvider clock, EmailDispatcher email)
    : IdempotentConsumer<RecommendationsGenerated>(database, clock)
{
    protected override string Stage => PipelineStages.Notification;

    protected override async Task<StageOutcome?> HandleAsync(RecommendationsGenerated message, OutboxTransaction tx, CancellationToken ct)
    {
        var lines = (await tx.Connection.QueryAsync<SummaryLine>(new CommandDefinition(
            """
            SELECT ticker, status, strategy, direction, action, occ_symbol AS OccSymbol, confidence, no_trade_reason AS NoTradeReason
            FROM recommendation.recommendations WHERE session_date = @SessionDate ORDER BY status, confidence DESC, ticker
            """, new { message.SessionDate }, tx.Transaction, cancellationToken: ct))).ToList();
        var sent = await email.DispatchAsync(tx, MessageComposer.Summary(message.SessionDate, message.Issued, message.NoTrade, lines), ct);
        return StageOutcome.Succeeded(sent ? 1 : 0);
    }
}
