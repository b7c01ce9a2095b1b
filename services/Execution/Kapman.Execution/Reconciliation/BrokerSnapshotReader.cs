using System.Globalization;
using Kapman.Execution.Core.Brokers;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Reconciliation;

namespace Kapman.Execution.Reconciliation;

/// <summary>
/// Asks a broker for the three parts of a reconciliation snapshot (docs/domain/execution.md#reconciliation, seed 003 §4 task 5.1); a part whose call fails is unknown, never empty.
/// A broker execution is the cumulative fill of one leg of one order, keyed <c>order:contract:contracts</c> like <c>fills.execution_key</c>.
/// </summary>
public static class BrokerSnapshotReader
{
    /// <summary>The snapshot of <paramref name="broker"/>, with executions since <paramref name="since"/>.</summary>
    public static async Task<BrokerSnapshot> ReadAsync(IBroker broker, DateTimeOffset since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var orders = await TryAsync(async () => (await broker.GetOrdersAsync(ct)).Select(ToReport).ToList());
        var positions = await TryAsync(async () => (await broker.GetPositionsAsync(ct))
            .Where(p => OccSymbolFormat.IsOccSymbol(p.Symbol)).Select(p => new BrokerPositionReport(p.Symbol, (int)p.Quantity)).ToList());
        var executions = await TryAsync(async () => (await broker.GetExecutionsSinceAsync(since, ct))
            .Select(e => new BrokerExecutionReport(
                string.Create(CultureInfo.InvariantCulture, $"{e.OrderId}:{e.OccSymbol}:{(int)e.Quantity}"), e.OrderId, e.OccSymbol,
                e.Side.IsBuy() ? OrderSide.Buy : OrderSide.Sell, (int)e.Quantity, e.AveragePrice, e.ExecutedAt)).ToList());
        return new BrokerSnapshot(orders, positions, executions);
    }

    /// <summary>The broker's order in the core's terms; pending and open are working (acknowledged at the broker).</summary>
    public static BrokerOrderReport ToReport(BrokerOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var state = order.Status switch
        {
            BrokerOrderStatus.PartiallyFilled => OrderState.PartiallyFilled,
            BrokerOrderStatus.Filled => OrderState.Filled,
            BrokerOrderStatus.Canceled => OrderState.Cancelled,
            BrokerOrderStatus.Rejected or BrokerOrderStatus.Error => OrderState.Rejected,
            BrokerOrderStatus.Expired => OrderState.Expired,
            _ => OrderState.Working,
        };
        return new BrokerOrderReport(order.Id, order.Tag, state, (int)order.Quantity, (int)order.ExecutedQuantity, order.AverageFillPrice);
    }

    private static async Task<BrokerReport<T>> TryAsync<T>(Func<Task<List<T>>> read)
    {
        try
        {
            return new BrokerReport<T>(await read());
        }
        catch (BrokerException)
        {
            return BrokerReport<T>.Unknown;
        }
    }
}
