namespace Kapman.Notification.Core.Pnl;

/// <summary>Execution's daily P&amp;L summary as the message needs it (from <c>DailyPnlReported</c> v1). Dollars throughout.</summary>
/// <param name="SessionDate">The session reported.</param>
/// <param name="Mode">PAPER or LIVE: the book reported.</param>
/// <param name="Realized">Realised P&amp;L before commission.</param>
/// <param name="Commissions">Commissions.</param>
/// <param name="Unrealized">Unrealised P&amp;L of the marked open holdings.</param>
/// <param name="Total">Realised − commissions + unrealised.</param>
/// <param name="DayChange">Total minus the previous report's, or null.</param>
/// <param name="PreviousSession">The previous report's session, or null.</param>
/// <param name="OpenHoldings">Holdings not flat.</param>
/// <param name="UnmarkedHoldings">Open holdings without a mark.</param>
/// <param name="MarksAsOf">The oldest quote date used for a mark, or null.</param>
/// <param name="Lines">Per underlying, by ticker.</param>
public sealed record DailyPnlUpdate(
    DateOnly SessionDate, string Mode, decimal Realized, decimal Commissions, decimal Unrealized, decimal Total, decimal? DayChange,
    DateOnly? PreviousSession, int OpenHoldings, int UnmarkedHoldings, DateOnly? MarksAsOf, IReadOnlyList<PnlLine> Lines);
