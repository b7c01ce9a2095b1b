namespace Kapman.Execution.Data;

/// <summary>
/// A row of <c>positions</c>: the holding of one contract in one position group by average cost. Signed contracts (+ long, − short);
/// average price $ per share; realised P&amp;L (before commission) and commissions in $.
/// </summary>
public sealed record PositionRow(
    string GroupId, string OccSymbol, string Ticker, string Strategy, int NetContracts, decimal AveragePrice, decimal RealizedPnl,
    decimal Commissions, bool Simulated, DateTime OpenedAt, DateTime UpdatedAt);
