namespace Kapman.Recommendation.Data;

/// <summary>
/// A stored recommendation: status ISSUED (names contracts of the stored chain) or NO_TRADE (with the reason).
/// Strike, bid, ask, premiums, entry/stop/target and breakeven in $ per share; max profit / loss in $ per contract
/// (max profit null when unbounded); delta per $1 of the underlying; confidence 0-1. The single-contract fields
/// are the first leg; all legs are in the detail. Trigger is the triggering event or rule (SPRING, SOS, BC_EXIT, ...);
/// RuleConfidence the selection rule's confidence before calibration; CalibrationVersion the walk-forward parameter set the
/// confidence came from, NoEdge true when its signal showed no edge there (the confidence is then the signal's base rate). UnderlyingOnly
/// marks a directional call on the underlying of a ticker without a chain: status NO_TRADE, never tradable, scored by
/// the outcome job over the window ending WindowEnd.
/// </summary>
public sealed record RecommendationDto(
    Guid Id, string Ticker, DateOnly SessionDate, string Status, string? Strategy, string? Direction, string? OccSymbol, DateOnly? Expiration,
    double? Strike, string? OptionRight, double? Delta, double? Bid, double? Ask, int? Dte, double? Spot, int? BcScore, int? SpringScore,
    double Confidence, string Justification, string Writer, string? NoTradeReason, string ModelVersion,
    string? Action, string? Structure, string? Phase, string? Signal, double? NetPremium, double? UnderlyingEntry, double? UnderlyingStop,
    double? UnderlyingTarget, double? OptionEntry, double? OptionStop, double? OptionTarget, double? MaxProfit, double? MaxLoss,
    double? Breakeven, double? RewardToRisk, int? Contracts, string? JustificationModel, string? JustificationFallback,
    string? Trigger, string? TradeSignal, double? RuleConfidence, bool UnderlyingOnly, DateOnly? WindowEnd, string? CalibrationVersion, bool NoEdge);
