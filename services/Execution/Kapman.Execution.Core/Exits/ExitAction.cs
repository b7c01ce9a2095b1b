namespace Kapman.Execution.Core.Exits;

/// <summary>What the monitor does with a group this scan.</summary>
public enum ExitAction
{
    /// <summary>Keep the position.</summary>
    Hold,

    /// <summary>Keep the position and do not count this scan: the mark is suspect (docs/domain/execution.md#exit-guardrails, seed 003 §11 "defers exit decisions").</summary>
    Defer,

    /// <summary>Close the position.</summary>
    Exit,
}
