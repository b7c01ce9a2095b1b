namespace Kapman.Execution.Core.Orders;

/// <summary>
/// One leg of a combo order. The leg trades <see cref="Ratio"/> contracts per unit of the combo, so a combo of
/// quantity q trades q × Ratio contracts of this leg.
/// </summary>
/// <param name="OccSymbol">OCC option symbol, e.g. <c>SPY260115C00580000</c> (docs/domain/execution.md#occ-symbols, seed 003 Appendix A).</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Ratio">Contracts of this leg per combo unit (1 for verticals and condors, 2 for the body of a butterfly).</param>
/// <param name="Effect">Open or close.</param>
public sealed record OrderLeg(string OccSymbol, OrderSide Side, int Ratio, PositionEffect Effect)
{
    /// <summary>+1 for a buy (adds long contracts), −1 for a sell.</summary>
    public int Sign => Side == OrderSide.Buy ? 1 : -1;
}
