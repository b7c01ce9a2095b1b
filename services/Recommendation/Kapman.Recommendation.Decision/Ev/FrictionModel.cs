namespace Kapman.Recommendation.Decision.Ev;

/// <summary>
/// The friction model (docs/domain/decision-engine.md#friction, seed 003 Appendix C <c>FrictionCalculator</c> and §6.2's simulated
/// broker: commission $0.65 per contract, slippage 0.5). Slippage lives in the credit (credit after slippage), commissions and
/// fees in friction_usd, so that nothing is counted twice.
/// </summary>
/// <param name="CommissionPerContract">Broker commission, $ per contract per leg per order (docs/domain/decision-engine.md#friction, seed 003 §6.2: 0.65).</param>
/// <param name="FeesPerContract">Exchange and regulatory fees, $ per contract per leg per order (0 by default).</param>
/// <param name="SlippageFractionOfHalfSpread">
/// Fraction of each leg's half-spread given up beyond the mid (0.5 = a fill halfway from mid to the natural price; our reading of
/// the seed's <c>slippage_pct = 0.5</c>; 1 = fills at the natural price).
/// </param>
/// <param name="ChargeClosingOrder">True to charge the closing order's commissions too (a managed exit), false for open only.</param>
/// <param name="Multiplier">Shares per contract (100).</param>
public sealed record FrictionModel(
    double CommissionPerContract = 0.65,
    double FeesPerContract = 0d,
    double SlippageFractionOfHalfSpread = 0.5,
    bool ChargeClosingOrder = true,
    int Multiplier = 100);
