namespace Kapman.Execution.Core.Orders;

/// <summary>
/// The order state machine: new → working → partially_filled → filled, with cancelled, rejected and expired as the
/// other ends (docs/domain/execution.md#order-states, seed 003 §2.6 "Poll/cancel/walk cycle", Appendix B steps c-f). Legal moves:
/// <list type="bullet">
/// <item>New: Accepted → Working; Cancelled → Cancelled; Rejected → Rejected.</item>
/// <item>Working: Fill → PartiallyFilled or Filled; Cancelled; Rejected; Expired.</item>
/// <item>PartiallyFilled: Fill → PartiallyFilled or Filled; Cancelled; Expired (the filled units stay filled).</item>
/// <item>Filled, Cancelled, Rejected, Expired: terminal, every event is refused.</item>
/// </list>
/// A fill must be positive, must not exceed the remaining quantity, and must be at the limit or better
/// (credit: price ≥ limit; debit: price ≤ limit); anything else is a broker anomaly and is refused.
/// </summary>
public static class OrderStateMachine
{
    /// <summary>True for Filled, Cancelled, Rejected and Expired.</summary>
    public static bool IsTerminal(OrderState state) =>
        state is OrderState.Filled or OrderState.Cancelled or OrderState.Rejected or OrderState.Expired;

    /// <summary>True when a stored transition from <paramref name="from"/> to <paramref name="to"/> can be legal.</summary>
    public static bool IsLegal(OrderState from, OrderState to) => from switch
    {
        OrderState.New => to is OrderState.Working or OrderState.Cancelled or OrderState.Rejected,
        OrderState.Working => to is OrderState.PartiallyFilled or OrderState.Filled or OrderState.Cancelled
            or OrderState.Rejected or OrderState.Expired,
        OrderState.PartiallyFilled => to is OrderState.PartiallyFilled or OrderState.Filled or OrderState.Cancelled
            or OrderState.Expired,
        _ => false,
    };

    /// <summary>Applies one event; returns the next lifecycle and its record, or the reason it is illegal.</summary>
    public static OrderTransitionResult Apply(OrderLifecycle current, OrderEvent e)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(e);
        var from = current.State;
        if (IsTerminal(from))
        {
            return OrderTransitionResult.Fail($"order {current.Order.Id} is {from} (terminal); {e.Kind} refused");
        }

        return e.Kind switch
        {
            OrderEventKind.Accepted => Move(current, e, OrderState.Working),
            OrderEventKind.Fill => ApplyFill(current, e),
            OrderEventKind.Cancelled => Move(current, e, OrderState.Cancelled),
            OrderEventKind.Rejected => Move(current, e, OrderState.Rejected),
            OrderEventKind.Expired => Move(current, e, OrderState.Expired),
            _ => OrderTransitionResult.Fail($"unknown event {e.Kind}"),
        };
    }

    private static OrderTransitionResult Move(OrderLifecycle current, OrderEvent e, OrderState to)
    {
        if (!IsLegal(current.State, to))
        {
            return OrderTransitionResult.Fail($"order {current.Order.Id}: {e.Kind} is illegal in {current.State}");
        }

        var next = current with { State = to };
        return OrderTransitionResult.Ok(next, Record(current, next, e, 0, null));
    }

    private static OrderTransitionResult ApplyFill(OrderLifecycle current, OrderEvent e)
    {
        var order = current.Order;
        if (current.State == OrderState.New)
        {
            return OrderTransitionResult.Fail($"order {order.Id}: fill before the broker accepted the order");
        }

        if (e.FillQuantity <= 0)
        {
            return OrderTransitionResult.Fail($"order {order.Id}: fill quantity {e.FillQuantity} is not positive");
        }

        if (e.FillQuantity > current.RemainingQuantity)
        {
            return OrderTransitionResult.Fail(
                $"order {order.Id}: fill of {e.FillQuantity} exceeds the remaining {current.RemainingQuantity} (overfill)");
        }

        var worseThanLimit = order.PriceType == PriceType.NetCredit ? e.FillPrice < order.LimitPrice : e.FillPrice > order.LimitPrice;
        if (e.FillPrice < 0m || worseThanLimit)
        {
            return OrderTransitionResult.Fail(
                $"order {order.Id}: fill price {e.FillPrice} is worse than the {order.PriceType} limit {order.LimitPrice}");
        }

        var filled = current.FilledQuantity + e.FillQuantity;
        var average = ((current.AverageFillPrice ?? 0m) * current.FilledQuantity + e.FillPrice * e.FillQuantity) / filled;
        var to = filled == order.Quantity ? OrderState.Filled : OrderState.PartiallyFilled;
        var next = current with { State = to, FilledQuantity = filled, AverageFillPrice = average };
        return OrderTransitionResult.Ok(next, Record(current, next, e, e.FillQuantity, e.FillPrice));
    }

    private static OrderTransition Record(OrderLifecycle before, OrderLifecycle after, OrderEvent e, int fillQuantity, decimal? fillPrice) =>
        new(before.Order.Id, before.State, after.State, e.Kind, fillQuantity, after.FilledQuantity, fillPrice, e.At, e.Reason);
}
