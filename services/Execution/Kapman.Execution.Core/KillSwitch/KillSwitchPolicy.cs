using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.KillSwitch;

/// <summary>
/// What each mode allows (docs/domain/execution.md#kill-switch, seed 003 Appendix F, §2.6 <c>_entries_allowed()</c>). Safe mode's "cancel working
/// orders" is read as the working entry orders: cancelling a working exit would leave risk on while blocking
/// entries is the point of the mode. A hard stop cancels every working order, exits included, because its own
/// flatten orders replace them and two closes for one position could over-close it.
/// </summary>
public static class KillSwitchPolicy
{
    /// <summary>May a new entry (an order that opens a position) be accepted? Only in Normal.</summary>
    public static (bool Allowed, string Reason) MayAcceptEntry(KillSwitchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Mode == KillSwitchMode.Normal
            ? (true, "kill switch normal")
            : (false, $"kill switch {state.Mode}: entries blocked ({state.Reason})");
    }

    /// <summary>
    /// May a closing order from the exit monitor be accepted? In Normal and SafeMode yes; in HardStop no, the
    /// flatten owns every close.
    /// </summary>
    public static (bool Allowed, string Reason) MayAcceptClose(KillSwitchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Mode == KillSwitchMode.HardStop
            ? (false, "kill switch HardStop: only the flatten closes positions")
            : (true, $"kill switch {state.Mode}: exits allowed");
    }

    /// <summary>
    /// The active orders to cancel now: none in Normal; those that open a position in SafeMode; every one in HardStop.
    /// </summary>
    public static IReadOnlyList<OrderLifecycle> OrdersToCancel(KillSwitchState state, IEnumerable<OrderLifecycle> orders)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(orders);
        return state.Mode switch
        {
            KillSwitchMode.SafeMode => orders.Where(o => o.IsActive && o.Order.OpensPosition).ToList(),
            KillSwitchMode.HardStop => orders.Where(o => o.IsActive).ToList(),
            _ => [],
        };
    }
}
