namespace Kapman.Execution.Core.Orders;

/// <summary>
/// One report about an order. Build it with the factory methods; <see cref="FillQuantity"/> and
/// <see cref="FillPrice"/> are used only by <see cref="OrderEventKind.Fill"/>.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When the broker says it happened.</param>
/// <param name="FillQuantity">Combo units executed by this fill (not cumulative).</param>
/// <param name="FillPrice">Net price of this fill in dollars per share (a magnitude, read with the order's PriceType).</param>
/// <param name="Reason">Free text from the broker (reject reason, cancel origin), or null.</param>
public sealed record OrderEvent(OrderEventKind Kind, DateTimeOffset At, int FillQuantity = 0, decimal FillPrice = 0m, string? Reason = null)
{
    /// <summary>The broker acknowledged the order.</summary>
    public static OrderEvent Accepted(DateTimeOffset at) => new(OrderEventKind.Accepted, at);

    /// <summary><paramref name="quantity"/> combo units executed at <paramref name="price"/> dollars per share net.</summary>
    public static OrderEvent Filled(int quantity, decimal price, DateTimeOffset at) => new(OrderEventKind.Fill, at, quantity, price);

    /// <summary>The cancel was confirmed.</summary>
    public static OrderEvent Cancelled(DateTimeOffset at, string? reason = null) => new(OrderEventKind.Cancelled, at, Reason: reason);

    /// <summary>The broker refused the order.</summary>
    public static OrderEvent Rejected(DateTimeOffset at, string reason) => new(OrderEventKind.Rejected, at, Reason: reason);

    /// <summary>The time in force ran out.</summary>
    public static OrderEvent Expired(DateTimeOffset at) => new(OrderEventKind.Expired, at);
}
