namespace Kapman.Notification.Core.Discord;

/// <summary>An order's state change (OrderStateChanged version 2) as a Discord post needs it.</summary>
/// <param name="OrderId">Execution's order id.</param>
/// <param name="Ticker">Underlying.</param>
/// <param name="Description">The combo in words, with OCC symbols, size and limit.</param>
/// <param name="Legs">The legs.</param>
/// <param name="ToState">New state.</param>
/// <param name="FillQuantity">Combo units filled by this change.</param>
/// <param name="FillPrice">Net fill price of this change, $ per share, or null.</param>
/// <param name="FilledQuantity">Combo units filled so far.</param>
/// <param name="Quantity">Combo units ordered.</param>
/// <param name="Mode">PAPER, SHADOW or LIVE.</param>
/// <param name="Simulated">True when no real broker took part.</param>
/// <param name="At">When it happened.</param>
public sealed record OrderFacts(
    Guid OrderId, string Ticker, string Description, IReadOnlyList<OrderLegFacts> Legs, string ToState,
    int FillQuantity, decimal? FillPrice, int FilledQuantity, int Quantity, string Mode, bool Simulated, DateTimeOffset At)
{
    /// <summary>The post's identity: one per order, state and filled count, so a redelivered change is scheduled once.</summary>
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"order:{OrderId}:{ToState}:{FilledQuantity}");
}
