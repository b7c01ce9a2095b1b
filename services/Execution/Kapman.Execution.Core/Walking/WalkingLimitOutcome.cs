namespace Kapman.Execution.Core.Walking;

/// <summary>How a replayed walk ended.</summary>
public enum WalkingLimitOutcome
{
    /// <summary>Every unit filled.</summary>
    Filled,

    /// <summary>Some units filled; they must be flattened and the entry counts as failed.</summary>
    PartialFillFlattened,

    /// <summary>The ladder ran out without a fill.</summary>
    TimedOut,
}
