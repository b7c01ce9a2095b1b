using Kapman.Recommendation.Data;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// <c>GET /recommendations/{id}/trail</c>: the candidates behind a recommendation. <paramref name="FromDecisionCore"/> true: the one
/// candidate the core accepted and turned into it ("why?"); false (a Wyckoff-driven recommendation): every candidate the core decided
/// for the same ticker and session, how the core judged the underlying (empty when it had no stored chain).
/// </summary>
public sealed record RecommendationTrail(Guid RecommendationId, string Ticker, DateOnly SessionDate, bool FromDecisionCore, IReadOnlyList<DecisionDto> Decisions);
