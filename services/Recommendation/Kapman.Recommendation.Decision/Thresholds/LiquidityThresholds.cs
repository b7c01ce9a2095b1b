namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>
/// Stage C, the five liquidity factors (docs/domain/decision-engine.md#c-liquidity, seed 003 §2.5 stage C; the seed names the
/// factors, its §11 R5 the 300 s staleness; the other defaults are the project's).
/// </summary>
/// <param name="MaxSpreadFractionOfMid">Per leg: (ask − bid) / mid ≤ this (0.25, the suite's existing leg screen).</param>
/// <param name="MinOptionVolume">Per leg: contracts traded in the session ≥ this (10).</param>
/// <param name="MinOpenInterest">Per leg: open interest ≥ this (100).</param>
/// <param name="MinUnderlyingVolumeRatio">Underlying volume / its average ≥ this (0.5).</param>
/// <param name="MaxQuoteAgeSeconds">Per leg: now − quote time ≤ this (300 s, docs/domain/decision-engine.md#c-liquidity, seed 003 §11 R5).</param>
public sealed record LiquidityThresholds(
    double MaxSpreadFractionOfMid = 0.25,
    long MinOptionVolume = 10,
    long MinOpenInterest = 100,
    double MinUnderlyingVolumeRatio = 0.5,
    double MaxQuoteAgeSeconds = 300);
