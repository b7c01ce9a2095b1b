namespace Kapman.Execution.Core.KillSwitch;

/// <summary>The orders a hard stop sends now, and the groups it could not price.</summary>
/// <param name="Orders">One closing order per open position group.</param>
/// <param name="Blocked">Groups without usable quotes.</param>
public sealed record FlattenPlan(IReadOnlyList<FlattenOrder> Orders, IReadOnlyList<FlattenBlocked> Blocked)
{
    /// <summary>No orders and nothing blocked.</summary>
    public static FlattenPlan Empty { get; } = new([], []);
}
