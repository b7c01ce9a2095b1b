using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Walking;

/// <summary>
/// Replays the walking limit against a scripted sequence of combo quotes, for tests, backtests and the paper
/// broker. Each tick is one poll. A resting limit L is marketable against a tick when the natural price is at
/// least as good: credit natural ≥ L, debit natural ≤ L. It then fills min(quantity, tick size) units at L (a
/// resting limit gets its limit; price improvement is not modelled). A fill of every unit succeeds; a smaller
/// fill ends the walk with a flatten (docs/domain/execution.md#walking-limit, seed 003 Appendix B d). The decision at the end of each rung is
/// <see cref="WalkingLimit.Next"/>.
/// </summary>
public static class WalkingLimitReplay
{
    /// <summary>Runs the walk for <paramref name="quantity"/> combo units over <paramref name="ticks"/> (sorted by time).</summary>
    public static WalkingLimitRun Run(WalkingLimitParameters parameters, int quantity, IReadOnlyList<ComboQuoteTick> ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var attempts = new List<WalkingLimitAttempt>();
        WalkingLimitStep? step = WalkingLimit.First(parameters);
        while (step is not null)
        {
            var windowEnd = step.StartsAt + parameters.StepInterval;
            var (outcome, filled, endedAt) = (StepOutcome.NoFill, 0, windowEnd);
            foreach (var tick in ticks.Where(t => t.Elapsed >= step.StartsAt && t.Elapsed < windowEnd))
            {
                if (tick.Size > 0 && Marketable(parameters.PriceType, step.Price, tick.NaturalPrice))
                {
                    filled = Math.Min(quantity, tick.Size);
                    outcome = filled == quantity ? StepOutcome.Filled : StepOutcome.PartiallyFilled;
                    endedAt = tick.Elapsed;
                    break;
                }
            }

            attempts.Add(new WalkingLimitAttempt(step, outcome, filled, endedAt));
            var decision = WalkingLimit.Next(parameters, step.Index, outcome, filled);
            switch (decision.Action)
            {
                case WalkingLimitAction.Succeed:
                    return new WalkingLimitRun(attempts, WalkingLimitOutcome.Filled, filled, step.Price);
                case WalkingLimitAction.FlattenPartial:
                    return new WalkingLimitRun(attempts, WalkingLimitOutcome.PartialFillFlattened, filled, step.Price);
                default:
                    step = decision.NextStep;
                    break;
            }
        }

        return new WalkingLimitRun(attempts, WalkingLimitOutcome.TimedOut, 0, null);
    }

    /// <summary>True when a limit of <paramref name="limit"/> trades against a natural price of <paramref name="natural"/>.</summary>
    public static bool Marketable(PriceType priceType, decimal limit, decimal natural) =>
        priceType == PriceType.NetCredit ? natural >= limit : natural <= limit;
}
