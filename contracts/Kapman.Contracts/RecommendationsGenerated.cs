namespace Kapman.Contracts;

/// <summary>
/// The recommendation stage finished for a session: every ticker with a chain got a trade or a "no trade". Carries the
/// run's recommendations (a watchlist's worth) so that consumers need not read the recommendation service's tables.
/// </summary>
/// <param name="Issued">Recommendations naming a contract.</param>
/// <param name="NoTrade">Tickers with an explicit "no trade" and its reason.</param>
/// <param name="Recommendations">
/// Every recommendation the run stored, in ordinal ticker order (version 2; null in a version-1 message).
/// </param>
public sealed record RecommendationsGenerated(
    Guid RunId, DateOnly SessionDate, int Issued, int NoTrade, IReadOnlyList<RecommendationLine>? Recommendations, int SchemaVersion = 2) : IIntegrationEvent;
