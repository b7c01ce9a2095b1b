namespace Kapman.Execution.Core.Reconciliation;

/// <summary>What the caller does about a difference.</summary>
public enum RepairAction
{
    /// <summary>Ask again next tick.</summary>
    RetryNextTick,

    /// <summary>Apply the execution to the order and the positions.</summary>
    ApplyExecution,

    /// <summary>Move the local order to the broker's state through the state machine.</summary>
    ApplyBrokerState,

    /// <summary>Query the order by id at the broker.</summary>
    QueryBrokerOrder,

    /// <summary>Take the broker's holding as the truth (docs/domain/execution.md#reconciliation, seed 003 "broker-truth reconciliation") and have an operator assign it.</summary>
    AdoptBrokerPosition,

    /// <summary>Nothing safe to do automatically: an operator must look.</summary>
    AlertOperator,
}
