using System.Globalization;
using Kapman.Execution.Core.Brokers;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Positions;
using Kapman.Execution.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Execution.Orders;

/// <summary>
/// Stores the leg executions a broker reports for one rung and applies them to the position book by average cost
/// (<see cref="PositionAccounting"/>), in the caller's transaction. Each leg's new contracts are its executed contracts minus those the
/// order already recorded (filled units × ratio), at the leg's average fill. The key (broker order, contract, cumulative contracts) makes
/// a report seen twice count once. Commission: the paper model's per-contract rate for simulated orders; a live broker's order report
/// carries none, so live fills store 0 (the broker's statements are the truth for fees).
/// </summary>
public static class FillRecorder
{
    /// <summary>Records the new executions of <paramref name="report"/>; returns how many leg executions were stored.</summary>
    public static async Task<int> RecordAsync(OutboxTransaction tx, OrderRow order, BrokerOrder report, decimal commissionPerContract, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(report);
        var stored = 0;
        foreach (var leg in order.Legs)
        {
            var brokerLeg = report.Legs.FirstOrDefault(l => l.OccSymbol == leg.OccSymbol);
            if (brokerLeg is null || brokerLeg.AverageFillPrice is not { } price)
            {
                continue;
            }

            var executed = (int)brokerLeg.ExecutedQuantity;
            var contracts = executed - (order.FilledQuantity * leg.Ratio);
            if (contracts <= 0)
            {
                continue;
            }

            var key = string.Create(CultureInfo.InvariantCulture, $"{report.Id}:{leg.OccSymbol}:{executed}");
            var commission = order.Simulated ? contracts * commissionPerContract : 0m;
            if (!await FillStore.InsertAsync(tx, new FillRow(key, order.Id, report.Id, leg.OccSymbol, leg.Side, leg.PositionEffect, contracts, price, commission, order.Simulated, at), ct))
            {
                continue;
            }

            stored++;
            var current = await PositionStore.LockAsync(tx, order.GroupId, leg.OccSymbol, ct);
            var before = current is null ? null
                : new Position(current.GroupId, current.Strategy, current.Ticker, current.OccSymbol, current.NetContracts, current.AveragePrice, current.RealizedPnl, current.Commissions);
            var after = PositionAccounting.Apply(before, new LegExecution(
                key, order.Id.ToString(), order.GroupId, order.Strategy, order.Ticker, leg.OccSymbol, leg.Side == "BUY" ? OrderSide.Buy : OrderSide.Sell,
                contracts, price, commission, new DateTimeOffset(at, TimeSpan.Zero)));
            await PositionStore.UpsertAsync(tx, new PositionRow(after.GroupId, after.OccSymbol, after.Underlying, after.Strategy, after.NetContracts, after.AveragePrice,
                after.RealizedPnl, after.Commissions, order.Simulated, current?.OpenedAt ?? at, at), ct);
            await JournalStore.AddAsync(tx, new JournalRow(at, "FILL", order.Id, order.Ticker, string.Create(CultureInfo.InvariantCulture,
                $"{leg.Side} {contracts} {leg.OccSymbol} at {price:0.00##} ({leg.PositionEffect}), commission {commission:0.00}{(order.Simulated ? ", simulated by the paper model" : "")}; holding now {after.NetContracts}")), ct);
        }

        return stored;
    }
}
