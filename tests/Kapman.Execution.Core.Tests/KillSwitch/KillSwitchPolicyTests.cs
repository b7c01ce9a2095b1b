using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.KillSwitch;

public class KillSwitchPolicyTests
{
    private static KillSwitchState In(KillSwitchMode mode) => new(mode, null, "why", TestOrders.T0);

    private static List<OrderLifecycle> Orders()
    {
        var entry = OrderStateMachine.Apply(OrderLifecycle.Create(TestOrders.PutCreditSpread(id: "entry")), OrderEvent.Accepted(TestOrders.T0)).Lifecycle!;
        var exit = OrderLifecycle.Create(ClosingOrders.Reverse(TestOrders.CallButterfly(), "exit", 1, 0.80m));
        var done = new OrderLifecycle(TestOrders.PutCreditSpread(id: "done"), OrderState.Filled, 5, 1.2m);
        return [entry, exit, done];
    }

    [TestCase(KillSwitchMode.Normal, true)]
    [TestCase(KillSwitchMode.SafeMode, false)]
    [TestCase(KillSwitchMode.HardStop, false)]
    public void Entries_only_in_normal(KillSwitchMode mode, bool allowed) =>
        Assert.That(KillSwitchPolicy.MayAcceptEntry(In(mode)).Allowed, Is.EqualTo(allowed));

    [TestCase(KillSwitchMode.Normal, true)]
    [TestCase(KillSwitchMode.SafeMode, true)]
    [TestCase(KillSwitchMode.HardStop, false)]
    public void Exits_except_in_hard_stop(KillSwitchMode mode, bool allowed) =>
        Assert.That(KillSwitchPolicy.MayAcceptClose(In(mode)).Allowed, Is.EqualTo(allowed));

    [TestCase(KillSwitchMode.Normal, new string[0])]
    [TestCase(KillSwitchMode.SafeMode, new[] { "entry" })]
    [TestCase(KillSwitchMode.HardStop, new[] { "entry", "exit" })]
    public void Orders_to_cancel(KillSwitchMode mode, string[] ids) =>
        Assert.That(KillSwitchPolicy.OrdersToCancel(In(mode), Orders()).Select(o => o.Order.Id), Is.EqualTo(ids));

    [Test]
    public void The_blocked_entry_reason_names_the_mode_and_cause() =>
        Assert.That(KillSwitchPolicy.MayAcceptEntry(In(KillSwitchMode.SafeMode)).Reason, Does.Contain("SafeMode").And.Contain("why"));
}
