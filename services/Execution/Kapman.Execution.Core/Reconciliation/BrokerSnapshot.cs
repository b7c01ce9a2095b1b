namespace Kapman.Execution.Core.Reconciliation;

/// <summary>What the broker said in one reconciliation tick (every 120 s, docs/domain/execution.md#reconciliation (seed 003 §4 task 5.1.1)); each part may be unknown.</summary>
/// <param name="Orders">Today's orders.</param>
/// <param name="Positions">Open positions.</param>
/// <param name="Executions">Executions since the last one seen.</param>
public sealed record BrokerSnapshot(
    BrokerReport<BrokerOrderReport> Orders,
    BrokerReport<BrokerPositionReport> Positions,
    BrokerReport<BrokerExecutionReport> Executions);
