namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// Tuning of <see cref="StrategyEngine"/>. DTE windows are docs/domain/recommendations.md#dte-windows (seed 000 §5.4); delta targets follow the desk's examples
/// (issue 7: long options |Δ| 0.40-0.60, CSP short put 0.20-0.30, verticals long ≈ 0.50 and short ≈ 0.30).
/// </summary>
/// <param name="LongWindow">Long call / put DTE window (30-90).</param>
/// <param name="CspWindow">Cash-secured put DTE window (30-45).</param>
/// <param name="VerticalWindow">Vertical spread DTE window (30-60).</param>
/// <param name="LongDelta">Long call / put and the debit vertical's bought leg.</param>
/// <param name="CspDelta">The cash-secured put's sold put.</param>
/// <param name="VerticalShortDelta">The debit vertical's sold leg and the credit vertical's sold leg.</param>
/// <param name="CreditWingDelta">The credit vertical's bought (protective) leg.</param>
/// <param name="MaxSpreadFractionOfMid">Liquidity: (ask − bid) / mid must not exceed this, e.g. 0.25 = 25 %.</param>
/// <param name="MinOpenInterest">Liquidity: smallest open interest, ≥ 0.</param>
/// <param name="UnderlyingTargetFraction">Underlying profit target distance from spot, e.g. 0.10 = 10 %.</param>
/// <param name="UnderlyingStopFraction">Underlying stop distance from spot, e.g. 0.05 = 5 %.</param>
/// <param name="PremiumTargetFraction">Option profit target as a fraction of the entry premium (docs/domain/recommendations.md#trade-plan, seed 000 §5.5: 50 %).</param>
/// <param name="PremiumStopFraction">Option stop as a fraction of the entry premium.</param>
/// <param name="EventConfidence">Confidence of a trade triggered by an event alone (SPRING, ST/TEST, SOS, SOW, BC), 0..1.</param>
/// <param name="ModelVersion">Written into every decision.</param>
public sealed record StrategyParameters(
    DteWindow LongWindow,
    DteWindow CspWindow,
    DteWindow VerticalWindow,
    DeltaBand LongDelta,
    DeltaBand CspDelta,
    DeltaBand VerticalShortDelta,
    DeltaBand CreditWingDelta,
    double MaxSpreadFractionOfMid = 0.25,
    long MinOpenInterest = 1,
    double UnderlyingTargetFraction = 0.10,
    double UnderlyingStopFraction = 0.05,
    double PremiumTargetFraction = 0.50,
    double PremiumStopFraction = 0.50,
    double EventConfidence = 0.60,
    string ModelVersion = "recommendation-2.1.0")
{
    /// <summary>The documented defaults.</summary>
    public static StrategyParameters Default { get; } = new(
        new DteWindow(30, 90),
        new DteWindow(30, 45),
        new DteWindow(30, 60),
        new DeltaBand(0.40, 0.50, 0.60),
        new DeltaBand(0.20, 0.25, 0.30),
        new DeltaBand(0.20, 0.30, 0.40),
        new DeltaBand(0.05, 0.15, 0.25));
}
