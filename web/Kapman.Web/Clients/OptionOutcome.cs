namespace Kapman.Web.Clients;

/// <summary>
/// A recommendation's latest option-level mark (recommendation API, issue 22 item 5): P&amp;L per contract in $ from the stored chain's mids;
/// <see cref="ModelPriced"/> when a leg had no quote and was valued at intrinsic; the 50% target and stop; CSP assignment at expiry.
/// </summary>
/// <param name="Status">open, target, stop or expired.</param>
public sealed record OptionOutcome(
    DateOnly MarkDate, double UnderlyingClose, double ValuePerShare, double PnlPerContract, double PnlFraction, bool ModelPriced,
    bool HitProfitTarget, bool HitStop, bool? Assigned, string Status, int Marks);
