namespace Kapman.Execution.Core.Fills;

/// <summary>
/// Parameters of the paper fill model (docs/domain/execution.md#paper-fills, seed 003 §9 task 10.2.1, "midpoint + configurable slippage").
/// </summary>
/// <param name="SlippageTicks">Ticks each leg gives up from its mid (seed default 2).</param>
/// <param name="TickRule">Tick size per leg (seed: a flat $0.01).</param>
/// <param name="CommissionPerContract">Dollars per contract per leg. Not in the seed: 0.65 in <see cref="Default"/> is a common retail rate.</param>
/// <param name="SlippageJitterTicks">Extra ticks drawn uniformly from 0..this per leg with the seeded generator (0: none, the seed's model).</param>
public sealed record PaperFillSettings(int SlippageTicks, TickSizeRule TickRule, decimal CommissionPerContract, int SlippageJitterTicks)
{
    /// <summary>The seed's model: 2 penny ticks, no jitter, $0.65 per contract.</summary>
    public static PaperFillSettings Default { get; } = new(2, TickSizeRule.Penny, 0.65m, 0);
}
