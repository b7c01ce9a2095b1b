using Kapman.Contracts;
using Kapman.Recommendation.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.IntegrationEvents.EventHandling;

/// <summary>
/// One input of the recommendation stage (<see cref="RecommendationJoin"/>): marks it and, when the other input is in
/// too, decides and asks the model before the consumer's transaction opens, then stores the result in it.
/// </summary>
public abstract class RecommendationJoinConsumer<T>(ServiceDatabase database, TimeProvider clock, RecommendationJoin join)
    : IdempotentConsumer<T>(database, clock) where T : class, IIntegrationEvent
{
    private SessionDecisions? decisions;

    protected override string Stage => PipelineStages.Recommendation;

    /// <summary>True for the Wyckoff input, false for the options input.</summary>
    protected abstract bool IsWyckoffInput { get; }

    protected override async Task PrepareAsync(T message, CancellationToken ct) =>
        decisions = await join.PrepareAsync(message.RunId, message.SessionDate, IsWyckoffInput, ct);

    protected override async Task<StageOutcome?> HandleAsync(T message, OutboxTransaction tx, CancellationToken ct) =>
        decisions is null ? null : StageOutcome.Succeeded(await RecommendationJoin.CompleteAsync(tx, message.RunId, message.SessionDate, decisions, ct));
}
