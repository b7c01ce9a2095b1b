using System.ComponentModel.DataAnnotations;

namespace Kapman.Execution.Trading;

/// <summary>
/// Section <c>Kapman:Execution:Walk</c>: the walking limit of an entry (docs/domain/execution.md#walking-limit, seed 003 Appendix B: start_price, worst_price, step_size,
/// step_interval, max_seconds). The start is the recommendation's net limit (its legs' mids) rounded to the cent; each step gives up
/// <see cref="Step"/> dollars per share; the worst price is start ± <see cref="Step"/> × (<see cref="MaxSteps"/> − 1); the walk lasts at
/// most <see cref="MaxSteps"/> × <see cref="StepIntervalMs"/>.
/// </summary>
public sealed class WalkOptions
{
    /// <summary>Dollars per share given up per step (default 0.01, one penny tick).</summary>
    [Range(0.01, 10.0)]
    public decimal Step { get; set; } = 0.01m;

    /// <summary>Rungs of the ladder, the start included (default 5).</summary>
    [Range(1, 100)]
    public int MaxSteps { get; set; } = 5;

    /// <summary>How long each limit rests before it is cancelled and walked, in milliseconds (default 10 000).</summary>
    [Range(10, 600_000)]
    public int StepIntervalMs { get; set; } = 10_000;
}
