namespace Kapman.Execution.Core.Orders;

/// <summary>
/// Builds the order that undoes filled units: every leg on the other side with effect Close, the price type
/// flipped (closing a credit spread costs a debit). Used for the walking limit's emergency flatten of a partial
/// fill (docs/domain/execution.md#combo-orders, seed 003 Appendix B step d, §11 R1) and by the kill switch's flatten.
/// </summary>
public static class ClosingOrders
{
    /// <summary>
    /// The reverse of <paramref name="order"/> for <paramref name="quantity"/> combo units at
    /// <paramref name="limitPrice"/> dollars per share, read with the flipped price type.
    /// </summary>
    public static ComboOrder Reverse(ComboOrder order, string id, int quantity, decimal limitPrice)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var legs = order.Legs
            .Select(l => l with { Side = l.Side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy, Effect = PositionEffect.Close })
            .ToList();
        var priceType = order.PriceType == PriceType.NetCredit ? PriceType.NetDebit : PriceType.NetCredit;
        return order with { Id = id, Legs = legs, Quantity = quantity, PriceType = priceType, LimitPrice = limitPrice };
    }
}
