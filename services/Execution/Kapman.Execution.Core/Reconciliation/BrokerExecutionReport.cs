using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Reconciliation;

/// <summary>One leg execution as the broker reports it.</summary>
/// <param name="ExecutionId">The broker's execution id.</param>
/// <param name="BrokerOrderId">The broker order it belongs to.</param>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Contracts">Contracts, &gt; 0.</param>
/// <param name="Price">Dollars per share.</param>
/// <param name="At">Execution time.</param>
public sealed record BrokerExecutionReport(string ExecutionId, string BrokerOrderId, string OccSymbol, OrderSide Side, int Contracts, decimal Price, DateTimeOffset At)
{
    /// <summary>+Contracts for a buy, −Contracts for a sell.</summary>
    public int SignedContracts => Side == OrderSide.Buy ? Contracts : -Contracts;
}
