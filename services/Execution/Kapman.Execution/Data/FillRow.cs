namespace Kapman.Execution.Data;

/// <summary>
/// A row of <c>fills</c>: one leg execution. <paramref name="ExecutionKey"/> is unique per broker order, leg and cumulative quantity;
/// price $ per share, commission $.
/// </summary>
public sealed record FillRow(
    string ExecutionKey, Guid OrderId, string BrokerOrderId, string OccSymbol, string Side, string PositionEffect, int Contracts,
    decimal Price, decimal Commission, bool Simulated, DateTime At);
