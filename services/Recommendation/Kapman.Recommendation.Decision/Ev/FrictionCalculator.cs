using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decision.Ev;

/// <summary>
/// Slippage and friction of a structure under a <see cref="FrictionModel"/> (docs/domain/decision-engine.md#friction, seed 003
/// Appendix C).
/// </summary>
public static class FrictionCalculator
{
    /// <summary>Slippage, $ per share of one structure: s × Σ_legs |quantity| × (ask − bid) / 2. NaN when a leg has no two-sided quote.</summary>
    public static double SlippagePerShare(Candidate candidate, FrictionModel model)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(model);
        return model.SlippageFractionOfHalfSpread * candidate.Legs.Sum(l => Math.Abs(l.Quantity) * (l.Quote.HalfSpread ?? double.NaN));
    }

    /// <summary>Credit after slippage, $ per share: mid credit − slippage (docs/domain/decision-engine.md#friction, seed 003 Appendix C <c>credit_after_slippage</c>).</summary>
    public static double CreditAfterSlippage(Candidate candidate, FrictionModel model)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.MidCredit - SlippagePerShare(candidate, model);
    }

    /// <summary>
    /// friction_usd = (commission + fees) × Σ_legs |quantity| × <paramref name="quantity"/> × orders, orders = 2 with the
    /// closing order charged, else 1. Dollars.
    /// </summary>
    public static double FrictionUsd(Candidate candidate, int quantity, FrictionModel model)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(model);
        var contracts = candidate.Legs.Sum(l => Math.Abs(l.Quantity)) * quantity;
        var orders = model.ChargeClosingOrder ? 2 : 1;
        return (model.CommissionPerContract + model.FeesPerContract) * contracts * orders;
    }
}
