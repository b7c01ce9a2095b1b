namespace Kapman.Contracts;

/// <summary>The recommendation stage finished for a session: every ticker with a chain got a trade or a "no trade".</summary>
/// <param name="Issued">Recommendations naming a contract.</param>
/// <param name="NoTrade">Tickers with an explicit "no trade" and its reason.</param>
public sealed record RecommendationsGenerated(Guid RunId, DateOnly SessionDate, int Issued, int NoTrade, int SchemaVersion = 1) : IIntegrationEvent;
