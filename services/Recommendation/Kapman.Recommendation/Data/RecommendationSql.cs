namespace Kapman.Recommendation.Data;

/// <summary>The column list that maps a <c>recommendations</c> row onto <see cref="RecommendationDto"/>.</summary>
internal static class RecommendationSql
{
    public const string Columns = """
        id, ticker, session_date AS SessionDate, status, strategy, direction, occ_symbol AS OccSymbol, expiration, strike,
        option_right AS OptionRight, delta, bid, ask, dte, spot, bc_score AS BcScore, spring_score AS SpringScore, confidence,
        justification, writer, no_trade_reason AS NoTradeReason, model_version AS ModelVersion, action, structure, phase, signal,
        net_premium AS NetPremium, underlying_entry AS UnderlyingEntry, underlying_stop AS UnderlyingStop, underlying_target AS UnderlyingTarget,
        option_entry AS OptionEntry, option_stop AS OptionStop, option_target AS OptionTarget, max_profit AS MaxProfit, max_loss AS MaxLoss,
        breakeven, reward_to_risk AS RewardToRisk, contracts, justification_model AS JustificationModel, justification_fallback AS JustificationFallback,
        trigger, trade_signal AS TradeSignal, rule_confidence AS RuleConfidence, underlying_only AS UnderlyingOnly, window_end AS WindowEnd,
        calibration_version AS CalibrationVersion, no_edge AS NoEdge
        """;
}
