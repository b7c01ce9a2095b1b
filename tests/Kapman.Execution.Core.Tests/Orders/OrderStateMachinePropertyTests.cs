using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Orders;

/// <summary>
/// Random event sequences (seeded, so a failure reproduces) against invariants written from the specification
/// table here, independently of the implementation's own table.
/// </summary>
public class OrderStateMachinePropertyTests
{
    private static readonly HashSet<(OrderState, OrderState)> SpecifiedMoves =
    [
        (OrderState.New, OrderState.Working), (OrderState.New, OrderState.Cancelled), (OrderState.New, OrderState.Rejected),
        (OrderState.Working, OrderState.PartiallyFilled), (OrderState.Working, OrderState.Filled), (OrderState.Working, OrderState.Cancelled),
        (OrderState.Working, OrderState.Rejected), (OrderState.Working, OrderState.Expired),
        (OrderState.PartiallyFilled, OrderState.PartiallyFilled), (OrderState.PartiallyFilled, OrderState.Filled),
        (OrderState.PartiallyFilled, OrderState.Cancelled), (OrderState.PartiallyFilled, OrderState.Expired),
    ];

    private static readonly OrderState[] Terminal = [OrderState.Filled, OrderState.Cancelled, OrderState.Rejected, OrderState.Expired];

    [Test]
    public void Random_sequences_store_only_specified_moves_never_overfill_and_terminals_absorb(
        [Values(1, 2, 3, 4, 5, 6, 7, 8)] int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 250; run++)
        {
            var quantity = random.Next(1, 8);
            var order = random.Next(2) == 0 ? TestOrders.PutCreditSpread(quantity, 1.20m) : TestOrders.CallButterfly(quantity, 1.50m);
            var lifecycle = OrderLifecycle.Create(order);
            var stored = new List<OrderTransition>();
            var fillSum = 0;
            for (var step = 0; step < 25; step++)
            {
                var e = RandomEvent(random, quantity, order.LimitPrice, TestOrders.T0.AddSeconds(step));
                var wasTerminal = Terminal.Contains(lifecycle.State);
                var result = OrderStateMachine.Apply(lifecycle, e);
                if (wasTerminal)
                {
                    Assert.That(result.Succeeded, Is.False, $"seed {seed} run {run}: event {e.Kind} left terminal {lifecycle.State}");
                    continue;
                }

                if (!result.Succeeded)
                {
                    continue;
                }

                var t = result.Transition;
                Assert.That(SpecifiedMoves, Does.Contain((t.From, t.To)), $"seed {seed} run {run}: stored {t.From} -> {t.To}");
                Assert.That(t.From, Is.EqualTo(lifecycle.State), "transitions chain");
                fillSum += t.FillQuantity;
                Assert.That(result.Lifecycle.FilledQuantity, Is.EqualTo(fillSum).And.LessThanOrEqualTo(quantity));
                Assert.That(result.Lifecycle.State == OrderState.Filled, Is.EqualTo(fillSum == quantity), "filled exactly when every unit filled");
                if (t.FillPrice is { } p)
                {
                    Assert.That(order.PriceType == PriceType.NetCredit ? p >= order.LimitPrice : p <= order.LimitPrice, Is.True, "fill at the limit or better");
                }

                stored.Add(t);
                lifecycle = result.Lifecycle;
            }

            var terminalIndex = stored.FindIndex(t => Terminal.Contains(t.To));
            Assert.That(terminalIndex == -1 || terminalIndex == stored.Count - 1, Is.True, "nothing is stored after a terminal state");
        }
    }

    private static OrderEvent RandomEvent(Random random, int quantity, decimal limit, DateTimeOffset at) => random.Next(10) switch
    {
        0 => OrderEvent.Accepted(at),
        1 => OrderEvent.Cancelled(at),
        2 => OrderEvent.Rejected(at, "random"),
        3 => OrderEvent.Expired(at),
        _ => OrderEvent.Filled(random.Next(-1, quantity + 2), limit + (random.Next(-3, 4) * 0.05m), at),
    };
}
