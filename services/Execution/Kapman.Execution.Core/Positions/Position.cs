namespace Kapman.Execution.Core.Positions;

/// <summary>
/// The holding of one contract within one position group, kept by the average-cost method
/// (see <see cref="PositionAccounting"/>).
/// </summary>
/// <param name="GroupId">Position group (trade group).</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Underlying">Underlying symbol.</param>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="NetContracts">Signed contracts: + long, − short, 0 flat.</param>
/// <param name="AveragePrice">Average open price of the current holding, dollars per share (0 when flat).</param>
/// <param name="RealizedPnl">Dollars realised by closing trades, before commission.</param>
/// <param name="Commissions">Dollars of commission paid on every execution of this holding.</param>
public sealed record Position(
    string GroupId,
    string Strategy,
    string Underlying,
    string OccSymbol,
    int NetContracts,
    decimal AveragePrice,
    decimal RealizedPnl,
    decimal Commissions)
{
    /// <summary>True when nothing is held.</summary>
    public bool IsFlat => NetContracts == 0;

    /// <summary>Realised P&amp;L after commission, dollars.</summary>
    public decimal RealizedNet => RealizedPnl - Commissions;

    /// <summary>
    /// Unrealised P&amp;L at <paramref name="mark"/> dollars per share: (mark − average) × net contracts × 100.
    /// A short of 2 opened at 2.53 and marked at 2.00 is (2.00 − 2.53) × −2 × 100 = +106.
    /// </summary>
    public decimal Unrealized(decimal mark) => (mark - AveragePrice) * NetContracts * ContractMultiplier.SharesPerContract;
}
