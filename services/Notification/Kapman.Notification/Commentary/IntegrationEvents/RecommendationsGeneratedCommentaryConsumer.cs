using System.Globalization;
using Kapman.Contracts;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core.Commentary;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Notification.Commentary.IntegrationEvents;

/// <summary>
/// The run finished: stores its counts and recommendations as commentary facts, then writes the session's post-market report
/// (<see cref="CommentaryWriter"/>, once per session) and sends it for approval; all in <see cref="PrepareAsync"/>, before the inbox
/// transaction opens, so the model is never asked inside a transaction. Queue <c>notification-recommendations-generated-commentary</c>.
/// </summary>
public sealed class RecommendationsGeneratedCommentaryConsumer(ServiceDatabase database, TimeProvider clock, CommentaryFactStore facts, CommentaryWriter writer)
    : IdempotentConsumer<RecommendationsGenerated>(database, clock)
{
    private readonly TimeProvider time = clock;

    protected override async Task PrepareAsync(RecommendationsGenerated message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var session = message.SessionDate;
        var key = session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var now = time.GetUtcNow();
        await facts.RecordAsync(FactKinds.Run, key, session, new RunFact(message.Issued, message.NoTrade), now, ct);
        foreach (var r in message.Recommendations ?? [])
        {
            await facts.RecordAsync(FactKinds.Recommendation, key + "|" + r.Ticker, session,
                new SessionRecommendation(r.Ticker, r.Status, r.Strategy, r.Direction, r.OccSymbol is { } s ? [s] : [], r.Confidence, r.NoTradeReason, r.NoEdge), now, ct);
        }

        await writer.WriteAsync(ReportKinds.PostMarket, session, ct);
    }

    protected override Task<StageOutcome?> HandleAsync(RecommendationsGenerated message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(null);
}
