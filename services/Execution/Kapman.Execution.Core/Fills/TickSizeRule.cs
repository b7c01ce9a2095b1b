namespace Kapman.Execution.Core.Fills;

/// <summary>
/// How large one slippage tick is. The seed's paper broker uses a flat $0.01 (docs/domain/execution.md#paper-fills, seed 003 §9 task 10.2.1,
/// <c>self._slippage_ticks * 0.01</c>), which is the default; the exchange increments are offered for
/// backtests that want coarser, more conservative slippage.
/// </summary>
public enum TickSizeRule
{
    /// <summary>$0.01 at every price (the seed's paper broker).</summary>
    Penny,

    /// <summary>Standard option increments: $0.05 below $3.00, $0.10 at or above $3.00.</summary>
    Standard,

    /// <summary>Penny-pilot increments: $0.01 below $3.00, $0.05 at or above $3.00.</summary>
    PennyPilot,
}
