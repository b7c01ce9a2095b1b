namespace Kapman.Contracts;

/// <summary>One underlying's part of <see cref="DailyPnlReported"/>, dollars.</summary>
/// <param name="Underlying">The ticker.</param>
/// <param name="Realized">Realised P&amp;L before commission, $.</param>
/// <param name="Commissions">Commissions, $.</param>
/// <param name="Unrealized">Unrealised P&amp;L of its marked open holdings, $.</param>
/// <param name="Total">Realised − commissions + unrealised, $.</param>
/// <param name="OpenHoldings">Its holdings not flat.</param>
/// <param name="UnmarkedHoldings">Its open holdings without a mark.</param>
public sealed record DailyPnlLine(
    string Underlying, decimal Realized, decimal Commissions, decimal Unrealized, decimal Total, int OpenHoldings, int UnmarkedHoldings);
