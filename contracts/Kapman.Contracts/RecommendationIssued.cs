namespace Kapman.Contracts;

/// <summary>A recommendation naming a real listed contract was stored.</summary>
/// <param name="RecommendationId">Key in <c>recommendation.recommendations</c>.</param>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="Strategy">Strategy name, e.g. <c>LONG_CALL</c>.</param>
public sealed record RecommendationIssued(
    Guid RunId, DateOnly SessionDate, Guid RecommendationId, string Ticker, string Strategy, int SchemaVersion = 1) : IIntegrationEvent;
