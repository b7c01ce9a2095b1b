namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>
/// Exit rules of the backtest, the live exit rules re-expressed for daily sessions (docs/domain/decision-engine.md#exits-in-the-backtest,
/// docs/domain/execution.md#exit-rules, seed 003 §2.5 stage I and Appendix G). P&amp;L per share = entry credit − debit to close at
/// the mark. Null switches a rule off.
/// </summary>
/// <param name="ProfitTargetFraction">Close when P&amp;L ≥ this × credit (0.50, execution's default target).</param>
/// <param name="StopLossFraction">Close when P&amp;L ≤ −this × credit (1.00, execution's default stop: the debit reaches 2 × credit).</param>
/// <param name="CloseAtDaysToExpiry">Close when calendar days to expiry ≤ this (21; the project's, a common management point for
/// 30-60-DTE premium selling; the seed names the DTE time stop without a value).</param>
public sealed record BacktestExitRules(double? ProfitTargetFraction = 0.5, double? StopLossFraction = 1.0, int? CloseAtDaysToExpiry = 21);
