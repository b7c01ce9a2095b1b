using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Orders;

public class OrderStateMachineTests
{
    private static readonly DateTimeOffset T = TestOrders.T0;

    private static OrderLifecycle Working(ComboOrder order) =>
        OrderStateMachine.Apply(OrderLifecycle.Create(order), OrderEvent.Accepted(T)).Lifecycle!;

    [Test]
    public void Accept_then_two_partial_fills_reach_filled_with_a_weighted_average_price()
    {
        var order = TestOrders.PutCreditSpread(quantity: 5, limit: 1.20m);
        var first = OrderStateMachine.Apply(Working(order), OrderEvent.Filled(2, 1.25m, T.AddSeconds(5)));
        Assert.That(first.Succeeded, Is.True);
        Assert.That(first.Lifecycle!.State, Is.EqualTo(OrderState.PartiallyFilled));
        Assert.That(first.Transition!.From, Is.EqualTo(OrderState.Working));

        var second = OrderStateMachine.Apply(first.Lifecycle, OrderEvent.Filled(3, 1.20m, T.AddSeconds(9)));
        Assert.Multiple(() =>
        {
            Assert.That(second.Lifecycle!.State, Is.EqualTo(OrderState.Filled));
            Assert.That(second.Lifecycle.FilledQuantity, Is.EqualTo(5));
            // (2 x 1.25 + 3 x 1.20) / 5 = (2.50 + 3.60) / 5 = 1.22
            Assert.That(second.Lifecycle.AverageFillPrice, Is.EqualTo(1.22m));
            Assert.That(second.Transition!.FillQuantity, Is.EqualTo(3));
            Assert.That(second.Transition.FilledQuantity, Is.EqualTo(5));
            Assert.That(second.Transition.From, Is.EqualTo(OrderState.PartiallyFilled));
        });
    }

    [Test]
    public void A_partial_fill_followed_by_a_cancel_keeps_the_filled_units()
    {
        var partial = OrderStateMachine.Apply(Working(TestOrders.PutCreditSpread(5)), OrderEvent.Filled(1, 1.30m, T)).Lifecycle!;
        var cancelled = OrderStateMachine.Apply(partial, OrderEvent.Cancelled(T, "walk"));
        Assert.That(cancelled.Lifecycle!.State, Is.EqualTo(OrderState.Cancelled));
        Assert.That(cancelled.Lifecycle.FilledQuantity, Is.EqualTo(1));
        Assert.That(cancelled.Transition!.Reason, Is.EqualTo("walk"));
    }

    [Test]
    public void An_overfill_is_refused()
    {
        var result = OrderStateMachine.Apply(Working(TestOrders.PutCreditSpread(5)), OrderEvent.Filled(6, 1.20m, T));
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Error, Does.Contain("overfill"));
    }

    [TestCase(1.15, false)] // credit below the 1.20 limit
    [TestCase(1.20, true)]
    [TestCase(1.21, true)]
    public void A_credit_fill_must_be_at_the_limit_or_better(decimal price, bool legal) =>
        Assert.That(OrderStateMachine.Apply(Working(TestOrders.PutCreditSpread(5, 1.20m)), OrderEvent.Filled(1, price, T)).Succeeded, Is.EqualTo(legal));

    [TestCase(1.55, false)] // debit above the 1.50 limit
    [TestCase(1.50, true)]
    [TestCase(1.40, true)]
    public void A_debit_fill_must_be_at_the_limit_or_better(decimal price, bool legal) =>
        Assert.That(OrderStateMachine.Apply(Working(TestOrders.CallButterfly(2, 1.50m)), OrderEvent.Filled(1, price, T)).Succeeded, Is.EqualTo(legal));

    [Test]
    public void A_fill_before_the_broker_accepted_is_refused() =>
        Assert.That(OrderStateMachine.Apply(OrderLifecycle.Create(TestOrders.PutCreditSpread()), OrderEvent.Filled(1, 1.2m, T)).Succeeded, Is.False);

    [Test]
    public void Zero_and_negative_fills_are_refused()
    {
        var working = Working(TestOrders.PutCreditSpread());
        Assert.That(OrderStateMachine.Apply(working, OrderEvent.Filled(0, 1.2m, T)).Succeeded, Is.False);
        Assert.That(OrderStateMachine.Apply(working, OrderEvent.Filled(-1, 1.2m, T)).Succeeded, Is.False);
    }

    [Test]
    public void A_duplicate_accept_is_illegal() =>
        Assert.That(OrderStateMachine.Apply(Working(TestOrders.PutCreditSpread()), OrderEvent.Accepted(T)).Succeeded, Is.False);

    [Test]
    public void A_new_order_can_be_rejected_or_cancelled_but_not_expired()
    {
        var fresh = OrderLifecycle.Create(TestOrders.PutCreditSpread());
        Assert.Multiple(() =>
        {
            Assert.That(OrderStateMachine.Apply(fresh, OrderEvent.Rejected(T, "margin")).Lifecycle!.State, Is.EqualTo(OrderState.Rejected));
            Assert.That(OrderStateMachine.Apply(fresh, OrderEvent.Cancelled(T)).Lifecycle!.State, Is.EqualTo(OrderState.Cancelled));
            Assert.That(OrderStateMachine.Apply(fresh, OrderEvent.Expired(T)).Succeeded, Is.False);
        });
    }

    [Test]
    public void A_partially_filled_order_cannot_be_rejected() =>
        Assert.That(
            OrderStateMachine.Apply(OrderStateMachine.Apply(Working(TestOrders.PutCreditSpread(5)), OrderEvent.Filled(1, 1.2m, T)).Lifecycle!, OrderEvent.Rejected(T, "late")).Succeeded,
            Is.False);

    [TestCase(OrderState.Filled)]
    [TestCase(OrderState.Cancelled)]
    [TestCase(OrderState.Rejected)]
    [TestCase(OrderState.Expired)]
    public void Terminal_states_refuse_every_event(OrderState terminal)
    {
        var done = new OrderLifecycle(TestOrders.PutCreditSpread(5), terminal, 0, null);
        OrderEvent[] events = [OrderEvent.Accepted(T), OrderEvent.Filled(1, 1.2m, T), OrderEvent.Cancelled(T), OrderEvent.Rejected(T, "x"), OrderEvent.Expired(T)];
        Assert.That(events.Select(e => OrderStateMachine.Apply(done, e).Succeeded), Is.All.False);
    }
}
