namespace Kapman.Execution.Core.Walking;

/// <summary>What the broker reported for the limit of one step by the end of its poll (docs/domain/execution.md#walking-limit, seed 003 Appendix B c-f).</summary>
public enum StepOutcome
{
    /// <summary>Nothing filled during the interval: cancel and walk.</summary>
    NoFill,

    /// <summary>Every combo unit filled.</summary>
    Filled,

    /// <summary>Some units filled: the walk stops and the filled units are flattened.</summary>
    PartiallyFilled,

    /// <summary>The broker refused the order.</summary>
    Rejected,

    /// <summary>The order expired.</summary>
    Expired,
}
