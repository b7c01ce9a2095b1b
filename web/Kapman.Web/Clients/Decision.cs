namespace Kapman.Web.Clients;

/// <summary>
/// One decision-core candidate of a session (recommendation API <c>GET /decisions</c>): accepted, or the first failing stage and its
/// reason; the chain's pricing (<c>stored-chain</c> real quotes, or <c>model-priced</c>); POP (0..1) and EV_net ($ per structure),
/// which are lognormal-model estimates; the credit after slippage ($ per share); the recommendation it became; its full gate trail.
/// </summary>
public sealed record Decision(
    Guid Id,
    DateOnly SessionDate,
    string Ticker,
    string Structure,
    DateTimeOffset DecidedAt,
    bool Accepted,
    string? FailedStage,
    string? FailedReason,
    string Pricing,
    DateOnly? Expiration,
    double? Pop,
    double? EvNet,
    double? Credit,
    Guid? RecommendationId,
    IReadOnlyList<DecisionLeg> Legs,
    IReadOnlyList<TrailGate> Trail)
{
    /// <summary>The pricing label of a model-priced chain.</summary>
    public const string ModelPriced = "model-priced";

    /// <summary>The rejecting gate, or null when accepted.</summary>
    public TrailGate? Rejection => Trail.FirstOrDefault(g => !g.Passed);
}
