namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>
/// Stage F (docs/domain/decision-engine.md#f-structure-selection, seed 003 §2.5 stage F, §8.2 skew-aware strikes, §8.3 DTE).
/// </summary>
/// <param name="ShortDelta">|Δ| targeted by each sold leg (0.16, about one standard deviation; the project's).</param>
/// <param name="WingWidth">Distance from sold to bought strike, $ per share (5).</param>
/// <param name="SkewDelta">|Δ| of the skew reading (0.25: 25-delta skew = IV(25Δ put) − IV(25Δ call), seed §8.1).</param>
/// <param name="ElevatedPutSkew">Skew above this (0.02 = 2 vol points, seed §8.2) widens the put wing.</param>
/// <param name="PutWingWidening">Put wing multiplier when the put skew is elevated (1.5; the project's).</param>
/// <param name="MinCreditToWidth">Credit after slippage / wing width must be at least this (0.10; the seed's "min premium").</param>
/// <param name="MinStrikesPerSide">Listed strikes of each right the expiration needs (4: "sufficient strikes").</param>
/// <param name="BodyDelta">
/// |Δ| of the sold body of an iron fly and a butterfly (0.50: at the money by delta, the structures' definition; the seed
/// gives no number).
/// </param>
public sealed record StructureThresholds(
    double ShortDelta = 0.16,
    double WingWidth = 5d,
    double SkewDelta = 0.25,
    double ElevatedPutSkew = 0.02,
    double PutWingWidening = 1.5,
    double MinCreditToWidth = 0.10,
    int MinStrikesPerSide = 4,
    double BodyDelta = 0.50);
