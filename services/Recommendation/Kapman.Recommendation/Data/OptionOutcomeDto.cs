namespace Kapman.Recommendation.Data;

/// <summary>
/// A recommendation's latest option-level mark (<c>option_outcomes</c>, issue 22 item 5): P&amp;L per contract in $ from the stored chain's
/// mids, <see cref="ModelPriced"/> when a leg was valued at intrinsic for want of a quote, the 50% target and stop flags, CSP assignment at
/// expiry, and the status (open, target, stop, expired); <see cref="Marks"/> counts the weekly marks taken.
/// </summary>
public sealed record OptionOutcomeDto(
    DateOnly MarkDate, double UnderlyingClose, double ValuePerShare, double PnlPerContract, double PnlFraction, bool ModelPriced,
    bool HitProfitTarget, bool HitStop, bool? Assigned, string Status, int Marks);
