namespace Kapman.Recommendation.Apis;

/// <summary>
/// A stored recommendation: status ISSUED (names contracts of the stored chain) or NO_TRADE (with the reason).
/// Strike, bid, ask, premiums, entry/stop/target and breakeven in $ per share; max profit / loss in $ per contract
/// (max profit null when unbounded); delta per $1 of the underlying; confidence 0-1. The single-contract fields
/// are the first leg; all legs are in the detail.
/// </summary>
public sealed record RecommendationDto(
    Guid Id, string Ticker, DateOnly SessionDate, string Status, string? Strategy, string? Direction, string? OccSymbol, DateOnly? Expiration,
    double? Strike, string? OptionRight, double? Delta, double? Bid, double? Ask, int? Dte, double? Spot, int? BcScore, int? SpringScore,
    double Confidence, string Justification, string Writer, string? NoTradeReason, string ModelVersion,
    string? Action, string? Structure, string? Phase, string? Signal, double? NetPremium, double? UnderlyingEntry, double? UnderlyingStop,
    double? UnderlyingTarget, double? OptionEntry, double? OptionStop, double? OptionTarget, double? MaxProfit, double? MaxLoss,
    double? Breakeven, double? RewardToRisk, int? Contracts, string? JustificationModel, string? JustificationFallback);
