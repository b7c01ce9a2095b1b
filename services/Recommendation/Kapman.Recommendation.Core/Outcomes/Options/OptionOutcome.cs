namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>One re-mark of an issued option position (issue 22 item 5).</summary>
/// <param name="MarkDate">The session marked.</param>
/// <param name="ValuePerShare">Σ bought − Σ sold leg values, $ per share (the same sign convention as the entry's net premium).</param>
/// <param name="PnlPerContract">(value − entry net premium) × 100, $ per contract.</param>
/// <param name="PnlFraction">P&amp;L per share ÷ |entry net premium|: 0.5 is the 50% target.</param>
/// <param name="ModelPriced">True when a leg had no quote in the stored chain and was valued at intrinsic (a model, not a market mark).</param>
/// <param name="HitProfitTarget">P&amp;L ≥ 50% of |entry net premium| (seed 000 §5.5).</param>
/// <param name="HitStop">The plan's option stop was reached.</param>
/// <param name="Assigned">For a CSP at expiry: the underlying closed below the put's strike; null before expiry and for other strategies.</param>
/// <param name="Status">An <see cref="OptionOutcomeStatus"/> value.</param>
public sealed record OptionOutcome(
    DateOnly MarkDate, double ValuePerShare, double PnlPerContract, double PnlFraction, bool ModelPriced, bool HitProfitTarget, bool HitStop,
    bool? Assigned, string Status);
