namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>
/// Stage E (docs/domain/decision-engine.md#e-regime, seed 003 §2.5 stage E). The rules are the seed's; the numbers are the
/// project's where the seed gives none.
/// </summary>
/// <param name="MaxVixTermRatio">E1: VIX / VIX3M must be below this (1.0: contango required).</param>
/// <param name="MinVolatilityRiskPremium">E2: ATM IV − RV20 must be at least this for credit structures (0: negative VRP blocks).</param>
/// <param name="MaxAdxForIronCondor">E2: ADX(14) above this blocks iron condors (25, Wilder's "trending" level).</param>
/// <param name="MinIvRank">E3: IV rank (0..100) must be at least this; null turns E3 off (30).</param>
public sealed record RegimeThresholds(
    double MaxVixTermRatio = 1.0,
    double MinVolatilityRiskPremium = 0d,
    double MaxAdxForIronCondor = 25d,
    double? MinIvRank = 30d);
