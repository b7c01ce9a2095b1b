namespace Kapman.Recommendation.Data;

/// <summary>
/// One stored candidate (<c>GET /decisions</c>): an underlying and structure of a session, accepted or the first failing stage with
/// its reason, the pricing of the chain it was decided on (<c>stored-chain</c> or <c>model-priced</c>), the legs stage F chose (or
/// none), POP (0..1), EV_net ($ per structure), the credit after slippage ($ per share), the recommendation it became (or null) and
/// the full gate trail.
/// </summary>
public sealed record DecisionDto(
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
    IReadOnlyList<DecisionLegDto> Legs,
    IReadOnlyList<TrailGateDto> Trail);
