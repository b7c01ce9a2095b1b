namespace Kapman.Execution.Core.Orders;

/// <summary>A stored record of one legal state change, for the audit trail and the <c>OrderStateChanged</c> event.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="From">State before.</param>
/// <param name="To">State after (equal to From only for a further partial fill).</param>
/// <param name="Event">The event kind that caused it.</param>
/// <param name="FillQuantity">Combo units filled by this event (0 unless a fill).</param>
/// <param name="FilledQuantity">Cumulative combo units filled after this event.</param>
/// <param name="FillPrice">Net price of this fill in dollars per share, or null.</param>
/// <param name="At">Event time.</param>
/// <param name="Reason">Broker text, or null.</param>
public sealed record OrderTransition(
    string OrderId,
    OrderState From,
    OrderState To,
    OrderEventKind Event,
    int FillQuantity,
    int FilledQuantity,
    decimal? FillPrice,
    DateTimeOffset At,
    string? Reason);
