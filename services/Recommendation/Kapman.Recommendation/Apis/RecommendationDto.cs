namespace Kapman.Recommendation.Apis;

/// <summary>
/// A stored recommendation: status ISSUED (names a contract of the stored chain) or NO_TRADE (with the reason).
/// Strike, bid and ask in dollars per share; delta per $1 of the underlying; confidence 0-1.
/// </summary>
public sealed record RecommendationDto(
    Guid Id, string Ticker, DateOnly SessionDate, string Status, string? Strategy, string? Direction, string? OccSymbol, DateOnly? Expiration,
    double? Strike, string? OptionRight, double? Delta, double? Bid, double? Ask, int? Dte, double? Spot, int? BcScore, int? SpringScore,
    double Confidence, string Justification, string Writer, string? NoTradeReason, string ModelVersion);
