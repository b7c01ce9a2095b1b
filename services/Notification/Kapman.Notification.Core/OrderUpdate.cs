namespace Kapman.Notification.Core;

/// <summary>An execution order's state change as the email needs it (from <c>OrderStateChanged</c> v2). Prices in $ per share.</summary>
/// <param name="OrderId">Execution's order id.</param>
/// <param name="SessionDate">The order's session.</param>
/// <param name="Ticker">The underlying.</param>
/// <param name="Description">The combo in words, with its limit and price type.</param>
/// <param name="FromState">State before.</param>
/// <param name="ToState">State after: filled, partially_filled or rejected are mailed.</param>
/// <param name="FillQuantity">Combo units filled by this change.</param>
/// <param name="FillPrice">Net fill price of this change, or null.</param>
/// <param name="FilledQuantity">Combo units filled so far.</param>
/// <param name="Quantity">Combo units ordered.</param>
/// <param name="Mode">PAPER, SHADOW or LIVE.</param>
/// <param name="Simulated">True when no real broker took part.</param>
/// <param name="Reason">Why, or null.</param>
/// <param name="At">When.</param>
public sealed record OrderUpdate(
    Guid OrderId, DateOnly SessionDate, string Ticker, string Description, string FromState, string ToState, int FillQuantity, decimal? FillPrice,
    int FilledQuantity, int Quantity, string Mode, bool Simulated, string? Reason, DateTimeOffset At);
