namespace Kapman.Web.Clients;

/// <summary>
/// Recommendation API <c>GET /recommendations/{id}/trail</c>: with <paramref name="FromDecisionCore"/> the one candidate the core
/// accepted and turned into the recommendation; otherwise every candidate the core decided for its ticker and session.
/// </summary>
public sealed record RecommendationTrail(Guid RecommendationId, string Ticker, DateOnly SessionDate, bool FromDecisionCore, IReadOnlyList<Decision> Decisions);
