using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.KillSwitch;

/// <summary>One closing order of the flatten.</summary>
/// <param name="Order">The closing combo (legs with effect Close) with its limit for this attempt.</param>
/// <param name="Attempt">0 at the natural price, then one more per escalation interval.</param>
/// <param name="IsMarket">Send as a market order (the last resort, only when allowed); the limit is then for reference.</param>
/// <param name="RequiresOperator">The limit attempts are used up and no market fallback is allowed: an operator must act.</param>
public sealed record FlattenOrder(ComboOrder Order, int Attempt, bool IsMarket, bool RequiresOperator);
