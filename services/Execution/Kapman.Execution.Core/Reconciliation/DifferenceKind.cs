namespace Kapman.Execution.Core.Reconciliation;

/// <summary>The kinds of difference between the local book and the broker.</summary>
public enum DifferenceKind
{
    /// <summary>A part of the snapshot is unknown: not compared, not taken as empty.</summary>
    ReportMissing,

    /// <summary>An execution not yet applied, for a known order.</summary>
    NewExecution,

    /// <summary>An execution for an order the book does not know.</summary>
    ExecutionForUnknownOrder,

    /// <summary>The broker's order is further along a legal path (missed events).</summary>
    OrderStateBehind,

    /// <summary>The broker's order state cannot be reached from the local one.</summary>
    OrderStateConflict,

    /// <summary>The book counts more filled units than the broker.</summary>
    OrderFillsAhead,

    /// <summary>An order the book thinks is live is absent from the broker's list.</summary>
    OrderMissingAtBroker,

    /// <summary>A live broker order the book does not know.</summary>
    UnknownBrokerOrder,

    /// <summary>A holding differs exactly by executions not yet applied.</summary>
    PositionExplainedByExecutions,

    /// <summary>A holding differs and new executions do not explain it.</summary>
    PositionMismatch,
}
