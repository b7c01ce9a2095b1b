namespace Kapman.Notification.Core.Commentary;

/// <summary>An order's latest state on the session (from <c>OrderStateChanged</c>).</summary>
/// <param name="Ticker">The underlying.</param>
/// <param name="Description">The combo in words, e.g. <c>BUY 2 SPY251024C00650000 / SELL 2 SPY251024C00660000 @ 1.25 DEBIT</c>.</param>
/// <param name="State">new, working, partially_filled, filled, cancelled, rejected or expired.</param>
/// <param name="FilledQuantity">Combo units filled.</param>
/// <param name="Quantity">Combo units ordered.</param>
/// <param name="Mode">PAPER, SHADOW or LIVE.</param>
public sealed record SessionOrder(string Ticker, string Description, string State, int FilledQuantity, int Quantity, string Mode);
