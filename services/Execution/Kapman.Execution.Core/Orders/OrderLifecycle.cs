namespace Kapman.Execution.Core.Orders;

/// <summary>
/// The current state of one order: immutable; <see cref="OrderStateMachine.Apply"/> returns the next one.
/// </summary>
/// <param name="Order">The order as sent.</param>
/// <param name="State">Current state.</param>
/// <param name="FilledQuantity">Combo units filled so far (0 ≤ FilledQuantity ≤ Order.Quantity).</param>
/// <param name="AverageFillPrice">Quantity-weighted mean net fill price in dollars per share, or null before any fill.</param>
public sealed record OrderLifecycle(ComboOrder Order, OrderState State, int FilledQuantity, decimal? AverageFillPrice)
{
    /// <summary>A freshly created order in <see cref="OrderState.New"/>.</summary>
    public static OrderLifecycle Create(ComboOrder order) => new(order, OrderState.New, 0, null);

    /// <summary>Combo units still open: Order.Quantity − FilledQuantity.</summary>
    public int RemainingQuantity => Order.Quantity - FilledQuantity;

    /// <summary>True in New, Working or PartiallyFilled: the order may still trade.</summary>
    public bool IsActive => !OrderStateMachine.IsTerminal(State);
}
