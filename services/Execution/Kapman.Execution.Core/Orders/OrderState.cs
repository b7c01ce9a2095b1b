namespace Kapman.Execution.Core.Orders;

/// <summary>
/// Lifecycle state of an order. Filled, Cancelled, Rejected and Expired are terminal: no event leaves them
/// (see <see cref="OrderStateMachine"/>).
/// </summary>
public enum OrderState
{
    /// <summary>Created locally, not yet acknowledged by the broker.</summary>
    New,

    /// <summary>Acknowledged and resting at the broker, nothing filled.</summary>
    Working,

    /// <summary>Some but not all combo units filled; the rest still rests.</summary>
    PartiallyFilled,

    /// <summary>All combo units filled (terminal).</summary>
    Filled,

    /// <summary>Cancelled; any units filled before the cancel stay filled (terminal).</summary>
    Cancelled,

    /// <summary>Refused by the broker (terminal).</summary>
    Rejected,

    /// <summary>Reached the end of its time in force unfilled or partly filled (terminal).</summary>
    Expired,
}
