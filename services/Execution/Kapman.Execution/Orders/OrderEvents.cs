using System.Globalization;
using Kapman.Contracts;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Execution.Orders;

/// <summary>
/// Applies a broker report to a stored order through the order state machine (<see cref="OrderStateMachine"/>): a legal transition is
/// stored in <c>order_transitions</c>, the order row follows, a journal line is written and <see cref="OrderStateChanged"/> goes to the
/// outbox, all in the caller's transaction. An illegal report changes nothing but the journal.
/// </summary>
public static class OrderEvents
{
    /// <summary>The lifecycle after <paramref name="e"/>, or null when the state machine refused it.</summary>
    /// <param name="tx">The unit of work.</param>
    /// <param name="order">The stored order (its state, fills and legs).</param>
    /// <param name="limit">The limit of the step the report is about, $ per share (fills are checked against it).</param>
    /// <param name="e">The report.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<OrderLifecycle?> ApplyAsync(OutboxTransaction tx, OrderRow order, decimal limit, OrderEvent e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(e);
        var result = OrderStateMachine.Apply(OrderMapping.Lifecycle(order, limit), e);
        var at = e.At.UtcDateTime;
        if (!result.Succeeded)
        {
            await JournalStore.AddAsync(tx, new JournalRow(at, "ORDER", order.Id, order.Ticker, $"report refused by the state machine: {result.Error}"), ct);
            return null;
        }

        var t = result.Transition;
        var from = OrderTexts.State(t.From);
        var to = OrderTexts.State(t.To);
        await OrderStore.ApplyAsync(tx, order.Id, new TransitionRow(from, to, t.Event.ToString(), t.FillQuantity, t.FilledQuantity, t.FillPrice, t.Reason, at),
            result.Lifecycle.AverageFillPrice, ct);
        var fill = t.FillPrice is { } price ? string.Create(CultureInfo.InvariantCulture, $", {t.FillQuantity} filled at {price:0.00##}") : "";
        var simulated = order.Simulated ? " (simulated)" : "";
        await JournalStore.AddAsync(tx, new JournalRow(at, "ORDER", order.Id, order.Ticker,
            $"{order.Mode} {order.Purpose} {OrderMapping.Describe(order)}: {from} -> {to}{fill}{simulated}{(t.Reason is null ? "" : $": {t.Reason}")}"), ct);
        await tx.PublishAsync(new OrderStateChanged(
            order.RunId, order.SessionDate, order.Id, order.RecommendationId, order.Ticker, OrderMapping.Describe(order),
            order.Legs.Select(l => new OrderStateLeg(l.OccSymbol, l.Side, l.Ratio * order.Quantity, l.PositionEffect)).ToList(),
            from, to, t.FillQuantity, t.FillPrice, t.FilledQuantity, order.Quantity, order.Mode, order.Simulated, t.Reason, e.At), ct);
        return result.Lifecycle;
    }
}
