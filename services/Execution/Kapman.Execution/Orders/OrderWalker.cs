using Kapman.Execution.Brokers.Paper;
using Kapman.Execution.Core.Brokers;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Walking;
using Kapman.Execution.Data;
using Kapman.Execution.Risk;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Orders;

/// <summary>
/// Moves one active order one step along its walking limit (docs/domain/execution.md#walking-limit, seed 003 Appendix B, <see cref="WalkingLimit"/>): place a rung, poll it,
/// after a rung's interval cancel it and place the next, stop on a fill, a rejection, an expiry or the end of the ladder. A partial fill
/// stops the walk and flattens the filled units (<see cref="WalkingLimitAction.FlattenPartial"/>, §11 R1). Resumable from the stored
/// steps alone, so a restart carries on where it stopped:
/// <list type="bullet">
/// <item>a rung is stored SENDING with its client tag before the broker is called, and the broker's id stored when it answers;</item>
/// <item>a rung found SENDING (the service died between the two) is first looked for at the broker by its tag, and sent again (with the
/// same tag) only when the broker does not list it: no second order;</item>
/// <item>broker calls never run inside a database transaction (standard 11); each result is stored in its own short transaction with the
/// transitions and their <c>OrderStateChanged</c> events.</item>
/// </list>
/// </summary>
public sealed partial class OrderWalker(
    ServiceDatabase database, WalkStepStore steps, BrokerDirectory brokers, FlattenService flattener, RiskBookService risk, IOptions<RiskOptions> riskOptions,
    IOptions<PaperOptions> paper, TimeProvider clock, ILogger<OrderWalker> logger)
{
    /// <summary>Does the next thing <paramref name="order"/> needs.</summary>
    public async Task AdvanceAsync(OrderRow order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var broker = brokers.For(order.Broker);
        var all = await steps.ForOrderAsync(order.Id, ct);
        var last = all.Count == 0 ? null : all[^1];
        if (last?.Status == "SENDING")
        {
            // Resolved now; the next poll works from the stored result with the order reread.
            await ResolveSendingAsync(broker, order, last, ct);
            return;
        }

        if (order.CancelRequested is { } reason)
        {
            await CancelAsync(broker, order, last, reason, ct);
            return;
        }

        var walk = OrderMapping.Walk(order);
        switch (last?.Status)
        {
            case null:
                if (await WithinCapsAsync(order, ct))
                {
                    await SendAsync(broker, order, WalkingLimit.First(walk), ct);
                }

                break;
            case "PLACED":
                await PollAsync(broker, order, last, walk, ct);
                break;
            case "NO_FILL":
                await WalkOnAsync(broker, order, last, walk, ct);
                break;
            default:
                LogStuck(logger, order.Id, last.Step, last.Status);
                break;
        }
    }

    /// <summary>
    /// A rung stored SENDING: the broker may hold it (the service stopped before storing the answer). Adopt the broker's order with the tag,
    /// else send it again with the same tag. Returns the step as it now is, or null when it is still unresolved.
    /// </summary>
    private async Task ResolveSendingAsync(IBroker broker, OrderRow order, WalkStepRow step, CancellationToken ct)
    {
        IReadOnlyList<BrokerOrder> listed;
        try
        {
            listed = await broker.GetOrdersAsync(ct);
        }
        catch (BrokerException ex)
        {
            LogBrokerDown(logger, ex, order.Id, "list orders");
            return;
        }

        if (listed.FirstOrDefault(o => o.Tag == step.ClientTag) is { } found)
        {
            await PlacedAsync(order, step.Step, found.Id, step.Price, "adopted after a restart: the broker already held the tagged order", ct);
        }
        else if (order.CancelRequested is not null)
        {
            // Never sent and now to be cancelled: the rung ends without reaching the broker; the next poll cancels the order.
            await using var tx = await database.BeginAsync(ct);
            await WalkStepStore.EndAsync(tx, order.Id, step.Step, "CANCELLED", "cancelled before it reached the broker", Now, ct);
            await tx.CommitAsync(ct);
        }
        else
        {
            await PlaceAsync(broker, order, step.Step, step.Price, step.ClientTag, ct);
        }
    }

    /// <summary>Stores rung <paramref name="step"/> SENDING with its tag, then places it.</summary>
    private async Task SendAsync(IBroker broker, OrderRow order, WalkingLimitStep step, CancellationToken ct)
    {
        var tag = OrderMapping.Tag(order.Id, step.Index);
        await using (var tx = await database.BeginAsync(ct))
        {
            if (!await WalkStepStore.InsertSendingAsync(tx, order.Id, step.Index, step.Price, tag, Now, ct))
            {
                return;
            }

            await OrderStore.SetLimitAsync(tx, order.Id, step.Price, Now, ct);
            await tx.CommitAsync(ct);
        }

        await PlaceAsync(broker, order, step.Index, step.Price, tag, ct);
    }

    private async Task PlaceAsync(IBroker broker, OrderRow order, int step, decimal price, string tag, CancellationToken ct)
    {
        OrderPlacement placement;
        try
        {
            placement = await OrderMapping.PlaceAsync(broker, order, order.Quantity - order.FilledQuantity, price, tag, ct);
        }
        catch (Exception ex) when (ex is BrokerRejectedException or ArgumentException)
        {
            await using var tx = await database.BeginAsync(ct);
            await WalkStepStore.EndAsync(tx, order.Id, step, "REJECTED", ex.Message, Now, ct);
            await OrderEvents.ApplyAsync(tx, order, price, OrderEvent.Rejected(clock.GetUtcNow(), ex.Message), ct);
            await tx.CommitAsync(ct);
            return;
        }
        catch (BrokerException ex)
        {
            // Unavailable, rate limited, unreadable: the rung stays SENDING and is looked for by its tag next time.
            LogBrokerDown(logger, ex, order.Id, "place");
            return;
        }

        await PlacedAsync(order, step, placement.OrderId, price, null, ct);
    }

    private async Task PlacedAsync(OrderRow order, int step, string brokerOrderId, decimal price, string? reason, CancellationToken ct)
    {
        await using var tx = await database.BeginAsync(ct);
        await WalkStepStore.MarkPlacedAsync(tx, order.Id, step, brokerOrderId, Now, ct);
        if (order.State == "new")
        {
            await OrderEvents.ApplyAsync(tx, order, price, OrderEvent.Accepted(clock.GetUtcNow()) with { Reason = reason ?? $"rung {step} at {price} placed as {brokerOrderId}" }, ct);
        }

        await tx.CommitAsync(ct);
    }

    /// <summary>Reads the resting rung's state at the broker and acts on it.</summary>
    private async Task PollAsync(IBroker broker, OrderRow order, WalkStepRow step, WalkingLimitParameters walk, CancellationToken ct)
    {
        BrokerOrder report;
        try
        {
            report = await broker.GetOrderAsync(step.BrokerOrderId!, ct);
        }
        catch (BrokerException ex)
        {
            LogBrokerDown(logger, ex, order.Id, "poll");
            return;
        }

        var outcome = Outcome(report, order);
        if (outcome == StepOutcome.NoFill && clock.GetUtcNow().UtcDateTime - step.PlacedAt!.Value < walk.StepInterval)
        {
            if (report.Status is BrokerOrderStatus.Canceled)
            {
                await EndAsync(order, step, "CANCELLED", "cancelled at the broker", OrderEvent.Cancelled(clock.GetUtcNow(), "cancelled at the broker"), ct);
            }

            return;
        }

        var decision = WalkingLimit.Next(walk, step.Step, outcome, (int)report.ExecutedQuantity);
        switch (decision.Action)
        {
            case WalkingLimitAction.Succeed:
                await FilledAsync(order, step, report, decision.Reason, ct);
                break;
            case WalkingLimitAction.FlattenPartial:
                await PartialAsync(broker, order, step, report, decision.Reason, ct);
                break;
            case WalkingLimitAction.Fail:
                var e = outcome == StepOutcome.Expired ? OrderEvent.Expired(clock.GetUtcNow()) with { Reason = decision.Reason }
                    : OrderEvent.Rejected(clock.GetUtcNow(), report.RejectReason ?? decision.Reason);
                await EndAsync(order, step, outcome == StepOutcome.Expired ? "EXPIRED" : "REJECTED", decision.Reason, e, ct);
                break;
            default:
                if (await TryCancelAsync(broker, order, step, ct))
                {
                    await using (var tx = await database.BeginAsync(ct))
                    {
                        await WalkStepStore.EndAsync(tx, order.Id, step.Step, "NO_FILL", decision.Reason, Now, ct);
                        await tx.CommitAsync(ct);
                    }

                    await WalkOnAsync(broker, order, Ended(step, "NO_FILL"), walk, ct);
                }

                break;
        }
    }

    /// <summary>After a rung ended unfilled: place the next, or end the walk (ladder exhausted by price or time).</summary>
    private async Task WalkOnAsync(IBroker broker, OrderRow order, WalkStepRow step, WalkingLimitParameters walk, CancellationToken ct)
    {
        var decision = WalkingLimit.Next(walk, step.Step, StepOutcome.NoFill, 0);
        if (decision.Action == WalkingLimitAction.PlaceNext)
        {
            await SendAsync(broker, order, decision.NextStep!, ct);
            return;
        }

        await using var tx = await database.BeginAsync(ct);
        await OrderEvents.ApplyAsync(tx, order, step.Price, OrderEvent.Cancelled(clock.GetUtcNow(), $"walk timed out: {decision.Reason}"), ct);
        await tx.CommitAsync(ct);
    }

    private async Task FilledAsync(OrderRow order, WalkStepRow step, BrokerOrder report, string reason, CancellationToken ct)
    {
        await using var tx = await database.BeginAsync(ct);
        await RecordFillAsync(tx, order, step, report, ct);
        await WalkStepStore.EndAsync(tx, order.Id, step.Step, "FILLED", reason, Now, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>A partial fill: record it, cancel the rest, end the order and flatten what filled (docs/domain/execution.md#walking-limit, seed 003 Appendix B d).</summary>
    private async Task PartialAsync(IBroker broker, OrderRow order, WalkStepRow step, BrokerOrder report, string reason, CancellationToken ct)
    {
        if (report.Status is BrokerOrderStatus.PartiallyFilled or BrokerOrderStatus.Open && !await TryCancelAsync(broker, order, step, ct))
        {
            return;
        }

        await using (var tx = await database.BeginAsync(ct))
        {
            var lifecycle = await RecordFillAsync(tx, order, step, report, ct);
            await WalkStepStore.EndAsync(tx, order.Id, step.Step, "PARTIALLY_FILLED", reason, Now, ct);
            if (lifecycle is { IsActive: true })
            {
                var after = await OrderStore.LockAsync(tx, order.Id, ct);
                await OrderEvents.ApplyAsync(tx, after!, step.Price, OrderEvent.Cancelled(clock.GetUtcNow(), reason), ct);
            }

            await tx.CommitAsync(ct);
        }

        await flattener.FlattenGroupsAsync([order.GroupId], $"partial fill of order {order.Id}: {reason}", ct);
    }

    /// <summary>Stores the new executions and the fill transition; returns the lifecycle after it (or as it was when nothing new filled).</summary>
    private async Task<OrderLifecycle?> RecordFillAsync(OutboxTransaction tx, OrderRow order, WalkStepRow step, BrokerOrder report, CancellationToken ct)
    {
        var executed = (int)report.ExecutedQuantity;
        var delta = executed - order.FilledQuantity;
        if (delta <= 0)
        {
            return OrderMapping.Lifecycle(order, step.Price);
        }

        var commission = order.Simulated ? paper.Value.CommissionPerContract : 0m;
        await FillRecorder.RecordAsync(tx, order, report, commission, Now, ct);
        var price = report.AverageFillPrice ?? step.Price;
        return await OrderEvents.ApplyAsync(tx, order, step.Price, OrderEvent.Filled(delta, price, report.UpdatedAt ?? clock.GetUtcNow()), ct);
    }

    /// <summary>Cancels at the operator's or the kill switch's request: the resting rung at the broker first, then the order.</summary>
    private async Task CancelAsync(IBroker broker, OrderRow order, WalkStepRow? step, string reason, CancellationToken ct)
    {
        if (step?.Status == "PLACED")
        {
            // A refused cancel is read, not retried blindly: a rung that filled while the cancel was on its way must be recorded as a fill,
            // or the order would stay working and the cancel be asked again every poll.
            var cancelled = await TryCancelAsync(broker, order, step, ct);
            BrokerOrder report;
            try
            {
                report = await broker.GetOrderAsync(step.BrokerOrderId!, ct);
            }
            catch (BrokerException ex)
            {
                LogBrokerDown(logger, ex, order.Id, "poll after cancel");
                return;
            }

            if (report.ExecutedQuantity > order.FilledQuantity)
            {
                // Filled before the cancel reached it: a fill, not a cancel (a partial one is flattened).
                var decision = WalkingLimit.Next(OrderMapping.Walk(order), step.Step, Outcome(report, order), (int)report.ExecutedQuantity);
                if (decision.Action == WalkingLimitAction.Succeed)
                {
                    await FilledAsync(order, step, report, decision.Reason, ct);
                }
                else
                {
                    await PartialAsync(broker, order, step, report, decision.Reason, ct);
                }

                return;
            }

            if (!cancelled && report.Status is not (BrokerOrderStatus.Canceled or BrokerOrderStatus.Rejected or BrokerOrderStatus.Expired or BrokerOrderStatus.Error))
            {
                return;
            }
        }

        await using var tx = await database.BeginAsync(ct);
        if (step?.Status == "PLACED")
        {
            await WalkStepStore.EndAsync(tx, order.Id, step.Step, "CANCELLED", reason, Now, ct);
        }

        await OrderEvents.ApplyAsync(tx, order, step?.Price ?? order.LimitPrice, OrderEvent.Cancelled(clock.GetUtcNow(), reason), ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Cancels the resting rung; a broker that refuses because it already ended is fine (the next poll reads the end).</summary>
    private async Task<bool> TryCancelAsync(IBroker broker, OrderRow order, WalkStepRow step, CancellationToken ct)
    {
        try
        {
            await broker.CancelOrderAsync(step.BrokerOrderId!, ct);
            return true;
        }
        catch (BrokerRejectedException ex)
        {
            var report = await broker.GetOrderAsync(step.BrokerOrderId!, ct);
            LogCancelRefused(logger, order.Id, step.BrokerOrderId!, report.RawStatus, ex.Message);
            return report.Status is BrokerOrderStatus.Canceled;
        }
        catch (BrokerException ex)
        {
            LogBrokerDown(logger, ex, order.Id, "cancel");
            return false;
        }
    }

    private async Task EndAsync(OrderRow order, WalkStepRow step, string status, string reason, OrderEvent e, CancellationToken ct)
    {
        await using var tx = await database.BeginAsync(ct);
        await WalkStepStore.EndAsync(tx, order.Id, step.Step, status, reason, Now, ct);
        await OrderEvents.ApplyAsync(tx, order, step.Price, e, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The walk's reading of the broker's report (docs/domain/execution.md#walking-limit, seed 003 Appendix B c-f).</summary>
    private static StepOutcome Outcome(BrokerOrder report, OrderRow order)
    {
        var remaining = order.Quantity - order.FilledQuantity;
        var executed = (int)report.ExecutedQuantity - order.FilledQuantity;
        return report.Status switch
        {
            BrokerOrderStatus.Rejected or BrokerOrderStatus.Error => executed > 0 ? StepOutcome.PartiallyFilled : StepOutcome.Rejected,
            BrokerOrderStatus.Expired => executed > 0 ? StepOutcome.PartiallyFilled : StepOutcome.Expired,
            _ when executed >= remaining => StepOutcome.Filled,
            _ when executed > 0 => StepOutcome.PartiallyFilled,
            _ => StepOutcome.NoFill,
        };
    }

    private static WalkStepRow Ended(WalkStepRow step, string status) => new()
    {
        OrderId = step.OrderId, Step = step.Step, Price = step.Price, ClientTag = step.ClientTag, BrokerOrderId = step.BrokerOrderId, Status = status,
        CreatedAt = step.CreatedAt, PlacedAt = step.PlacedAt,
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: the broker could not {Operation}; retried on the next poll")]
    private static partial void LogBrokerDown(ILogger logger, Exception exception, Guid orderId, string operation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: the broker refused to cancel {BrokerOrderId} ({Status}): {Message}")]
    private static partial void LogCancelRefused(ILogger logger, Guid orderId, string brokerOrderId, string status, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} is active but its last rung {Step} is {Status}; nothing to do")]
    private static partial void LogStuck(ILogger logger, Guid orderId, int step, string status);
}
