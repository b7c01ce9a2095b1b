namespace Kapman.Execution.Core.Positions;

/// <summary>
/// P&amp;L of a set of holdings, dollars. Unrealised P&amp;L counts only marked holdings; <see cref="UnmarkedHoldings"/>
/// says how many open holdings had no mark, so an incomplete total is never mistaken for a complete one.
/// </summary>
/// <param name="Key">The strategy, underlying or group, or <c>*</c> for everything.</param>
/// <param name="Realized">Realised dollars before commission.</param>
/// <param name="Commissions">Commission dollars.</param>
/// <param name="Unrealized">Unrealised dollars of the marked open holdings.</param>
/// <param name="OpenHoldings">Holdings not flat.</param>
/// <param name="UnmarkedHoldings">Open holdings without a mark.</param>
public sealed record PnlSummary(string Key, decimal Realized, decimal Commissions, decimal Unrealized, int OpenHoldings, int UnmarkedHoldings)
{
    /// <summary>Realised − commissions + unrealised, dollars.</summary>
    public decimal Total => Realized - Commissions + Unrealized;

    /// <summary>True when every open holding had a mark.</summary>
    public bool IsComplete => UnmarkedHoldings == 0;
}
