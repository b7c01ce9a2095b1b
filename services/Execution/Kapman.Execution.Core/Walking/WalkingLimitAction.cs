namespace Kapman.Execution.Core.Walking;

/// <summary>What the caller does next in the walk.</summary>
public enum WalkingLimitAction
{
    /// <summary>Cancel the resting order and place the next step.</summary>
    PlaceNext,

    /// <summary>Done: everything filled (seed Appendix B c).</summary>
    Succeed,

    /// <summary>Cancel the rest and flatten the filled units with an aggressive closing limit (seed Appendix B d, §11 R1).</summary>
    FlattenPartial,

    /// <summary>Stop: the broker rejected or expired the order (seed Appendix B e).</summary>
    Fail,

    /// <summary>Cancel and stop: the ladder is exhausted by time or by the worst price (seed Appendix B 3, R11 "timeout_unknown").</summary>
    TimeOut,
}
