namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// The user's risk limits (docs/domain/recommendations.md#decision-boundaries, seed 000 §3.4: suggest position size from risk parameters, never override the limits).
/// </summary>
/// <param name="MaxLossPerTrade">Largest loss accepted on one recommendation, $ (all contracts together), &gt; 0.</param>
/// <param name="MaxContracts">Most contracts suggested, ≥ 1.</param>
public sealed record RiskLimits(double MaxLossPerTrade = 2000, int MaxContracts = 10);
