using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Walking;

/// <summary>
/// The price ladder of the walking limit as a pure function of the step index or of the elapsed time (docs/domain/execution.md#walking-limit, seed 003
/// Appendix B steps 1-2 and g). Step k is placed at k × interval with price start − k × step for a credit
/// (start + k × step for a debit). It exists while k × interval &lt; max duration (the seed's
/// "elapsed &lt; max_seconds") and the price is not beyond the worst (credit: price ≥ worst; debit: price ≤ worst).
/// The ladder is not clamped to the worst price: when the steps jump over it, the last rung is the last one inside
/// (start 1.00, worst 0.92, step 0.05 gives 1.00 and 0.95, not 0.92), as the seed's loop condition does.
/// </summary>
public static class WalkingLimitSchedule
{
    /// <summary>The limit of step <paramref name="index"/> before the bounds are checked, dollars per share.</summary>
    public static decimal PriceOf(WalkingLimitParameters parameters, int index)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var move = parameters.Step * index;
        return parameters.PriceType == PriceType.NetCredit ? parameters.StartPrice - move : parameters.StartPrice + move;
    }

    /// <summary>Step <paramref name="index"/>, or null when it is past the time limit or beyond the worst price.</summary>
    public static WalkingLimitStep? Step(WalkingLimitParameters parameters, int index)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (index < 0)
        {
            return null;
        }

        var startsAt = parameters.StepInterval * index;
        if (startsAt >= parameters.MaxDuration)
        {
            return null;
        }

        var price = PriceOf(parameters, index);
        var inside = parameters.PriceType == PriceType.NetCredit ? price >= parameters.WorstPrice : price <= parameters.WorstPrice;
        return inside ? new WalkingLimitStep(index, price, startsAt) : null;
    }

    /// <summary>Every step of the ladder, in order.</summary>
    public static IReadOnlyList<WalkingLimitStep> Steps(WalkingLimitParameters parameters)
    {
        var errors = (parameters ?? throw new ArgumentNullException(nameof(parameters))).Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(parameters));
        }

        var steps = new List<WalkingLimitStep>();
        for (var i = 0; Step(parameters, i) is { } step; i++)
        {
            steps.Add(step);
        }

        return steps;
    }

    /// <summary>
    /// The step resting at <paramref name="elapsed"/> since the first placement, or null once the walk is over. The
    /// last step rests its full interval even when that runs past the max duration (the seed polls a whole
    /// step_interval after each placement).
    /// </summary>
    public static WalkingLimitStep? StepAt(WalkingLimitParameters parameters, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (elapsed < TimeSpan.Zero)
        {
            return null;
        }

        var index = (int)(elapsed.Ticks / parameters.StepInterval.Ticks);
        return Step(parameters, index);
    }
}
