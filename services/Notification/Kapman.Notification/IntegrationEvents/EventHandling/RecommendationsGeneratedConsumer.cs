using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Core;
using Kapman.Notification.Email;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.IntegrationEvents.EventHandling;

/// <summary>
/// The notification stage: the end-of-run summary email, once per session, listing the session's recommendations
/// and no-trade reasons (read schema-qualified from <c>recommendation.recommendations</c>, never written). The email goes
/// out in <see cref="PrepareAsync"/>, before the inbox transaction opens, and at most once (<see cref="EmailDispatcher"/>).
/// A send whose outcome is unknown fails the stage with that reason (it is not re-sent).
/// </summary>
public sealed class RecommendationsGeneratedConsumer(ServiceDatabase database, TimeProvider clock, EmailDispatcher email)
    : IdempotentConsumer<RecommendationsGenerated>(database, clock)
{
    private readonly ServiceDatabase database = database;
    private DispatchOutcome outcome;

    protected override string Stage => PipelineStages.Notification;

    protected override async Task PrepareAsync(RecommendationsGenerated message, CancellationToken ct)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        var lines = (await connection.QueryAsync<SummaryLine>(new CommandDefinition(
            """
            SELECT ticker, status, strategy, direction, action, occ_symbol AS OccSymbol, confidence, no_trade_reason AS NoTradeReason
            FROM recommendation.recommendations WHERE session_date = @SessionDate ORDER BY status, confidence DESC, ticker
            """, new { message.SessionDate }, cancellationToken: ct))).ToList();
        outcome = await email.DispatchAsync(MessageComposer.Summary(message.SessionDate, message.Issued, message.NoTrade, lines), ct);
    }

    protected override Task<StageOutcome?> HandleAsync(RecommendationsGenerated message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(outcome == DispatchOutcome.Unknown
            ? new StageOutcome(StageStatuses.Failed, 0, "summary email: send outcome unknown (not re-sent; see the message log)")
            : StageOutcome.Succeeded(outcome is DispatchOutcome.Sent or DispatchOutcome.Logged ? 1 : 0));
}
