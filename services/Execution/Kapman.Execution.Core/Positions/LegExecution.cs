using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Positions;

/// <summary>One execution of one leg (a fill report from the broker or the paper model).</summary>
/// <param name="ExecutionId">Broker execution id (unique per fill).</param>
/// <param name="OrderId">The local order it belongs to.</param>
/// <param name="GroupId">The position group (trade group) it opens or closes.</param>
/// <param name="Strategy">Strategy name, for aggregation.</param>
/// <param name="Underlying">Underlying symbol, for aggregation.</param>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Contracts">Contracts executed, &gt; 0.</param>
/// <param name="Price">Dollars per share.</param>
/// <param name="Commission">Dollars charged for this execution.</param>
/// <param name="At">Execution time.</param>
public sealed record LegExecution(
    string ExecutionId,
    string OrderId,
    string GroupId,
    string Strategy,
    string Underlying,
    string OccSymbol,
    OrderSide Side,
    int Contracts,
    decimal Price,
    decimal Commission,
    DateTimeOffset At)
{
    /// <summary>Signed contracts: + for a buy, − for a sell.</summary>
    public int SignedContracts => Side == OrderSide.Buy ? Contracts : -Contracts;
}
