using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Walking;

/// <summary>
/// Inputs of the walking limit (docs/domain/execution.md#walking-limit, seed 003 Appendix B: start_price, worst_price, step_size, step_interval,
/// max_seconds). Prices are net dollars per share, as magnitudes read with <see cref="PriceType"/>: a credit walks
/// down from the start toward the worst (least) credit, a debit walks up toward the worst (most) debit.
/// </summary>
/// <param name="PriceType">Net credit (walk down) or net debit (walk up).</param>
/// <param name="StartPrice">First limit, dollars per share.</param>
/// <param name="WorstPrice">The limit is never worse than this (docs/domain/execution.md#walking-limit, seed 003 §11: "never pays more than worst_price_per_share").</param>
/// <param name="Step">Price change per step, dollars per share, &gt; 0.</param>
/// <param name="StepInterval">How long each limit rests before it is cancelled and walked.</param>
/// <param name="MaxDuration">No new step starts at or after this time from the first placement.</param>
public sealed record WalkingLimitParameters(
    PriceType PriceType,
    decimal StartPrice,
    decimal WorstPrice,
    decimal Step,
    TimeSpan StepInterval,
    TimeSpan MaxDuration)
{
    /// <summary>Problems with the parameters, empty when the walk can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Step <= 0m)
        {
            errors.Add($"step {Step} is not positive");
        }

        if (StepInterval <= TimeSpan.Zero)
        {
            errors.Add($"step interval {StepInterval} is not positive");
        }

        if (MaxDuration <= TimeSpan.Zero)
        {
            errors.Add($"max duration {MaxDuration} is not positive");
        }

        if (StartPrice < 0m || WorstPrice < 0m)
        {
            errors.Add("prices are magnitudes and must not be negative");
        }

        if (PriceType == PriceType.NetCredit && StartPrice < WorstPrice)
        {
            errors.Add($"a credit walks down: start {StartPrice} is below the worst {WorstPrice}");
        }

        if (PriceType == PriceType.NetDebit && StartPrice > WorstPrice)
        {
            errors.Add($"a debit walks up: start {StartPrice} is above the worst {WorstPrice}");
        }

        return errors;
    }
}
