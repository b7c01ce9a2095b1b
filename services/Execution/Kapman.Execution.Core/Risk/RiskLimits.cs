namespace Kapman.Execution.Core.Risk;

/// <summary>
/// Limits on the whole book, dollars (docs/domain/risk-book.md#caps-and-triggers, seed 003 §6 tasks 7.1 <c>would_breach</c> and 7.2.3):
/// used once as caps (a new trade that would breach one is blocked) and once, with higher values, as triggers (a breach sets the
/// kill switch). A null limit is not checked.
/// </summary>
/// <param name="MaxAbsBetaWeightedDeltaDollars">Most |Σ Δ × S × β|, dollars.</param>
/// <param name="MaxVar99Dollars">Most one-day VaR at 99 %, dollars.</param>
/// <param name="MaxLossDown5Dollars">Most loss in the −5 % spot scenario, dollars.</param>
public sealed record RiskLimits(double? MaxAbsBetaWeightedDeltaDollars, double? MaxVar99Dollars, double? MaxLossDown5Dollars);
