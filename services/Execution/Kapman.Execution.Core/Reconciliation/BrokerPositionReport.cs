namespace Kapman.Execution.Core.Reconciliation;

/// <summary>A position as the broker reports it: the account's net holding of one contract.</summary>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="NetContracts">Signed contracts: + long, − short.</param>
public sealed record BrokerPositionReport(string OccSymbol, int NetContracts);
