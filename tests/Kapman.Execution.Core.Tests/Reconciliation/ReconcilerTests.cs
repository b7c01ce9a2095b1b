using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Reconciliation;
using Kapman.Execution.Core.Tests.Positions;

namespace Kapman.Execution.Core.Tests.Reconciliation;

public class ReconcilerTests
{
    private static readonly DateTimeOffset T = TestOrders.T0;

    /// <summary>Local: the G-1 spread book (short 3 / long 3) and its filled entry order B-1.</summary>
    private static LocalBook Book(params LocalOrder[] extra) => new(
        [new LocalOrder(new OrderLifecycle(TestOrders.PutCreditSpread(3, id: "O-1"), OrderState.Filled, 3, 1.27m), "B-1"), .. extra],
        PositionAccountingTests.SpreadBook(),
        new HashSet<string> { "X-1", "X-2" });

    private static BrokerOrderReport FilledEntry => new("B-1", "O-1", OrderState.Filled, 3, 3, 1.27m);

    private static List<BrokerPositionReport> SpreadPositions(int shortPut = -3, int longPut = 3) =>
        [new(TestOrders.ShortPut, shortPut), new(TestOrders.LongPut, longPut)];

    private static BrokerSnapshot Snapshot(
        IReadOnlyList<BrokerOrderReport>? orders = null,
        IReadOnlyList<BrokerPositionReport>? positions = null,
        IReadOnlyList<BrokerExecutionReport>? executions = null) => new(
        orders is null ? BrokerReport<BrokerOrderReport>.Unknown : new(orders),
        positions is null ? BrokerReport<BrokerPositionReport>.Unknown : new(positions),
        executions is null ? BrokerReport<BrokerExecutionReport>.Unknown : new(executions));

    private static LocalOrder Working(string id, string brokerId, int quantity = 2) =>
        new(OrderStateMachine.Apply(OrderLifecycle.Create(TestOrders.PutCreditSpread(quantity, 1.20m, id)), OrderEvent.Accepted(T)).Lifecycle!, brokerId);

    [Test]
    public void Agreement_gives_no_differences_and_no_safe_mode()
    {
        var report = Reconciler.Reconcile(Book(), Snapshot([FilledEntry], SpreadPositions(), [new("X-1", "B-1", TestOrders.ShortPut, OrderSide.Sell, 5, 2.53m, T)]));
        Assert.That((report.Differences.Count, report.IsComplete, report.RequiresSafeMode), Is.EqualTo((0, true, false)));
        Assert.That(report.SafeModeRequest(T), Is.Null);
    }

    [Test]
    public void A_missing_position_report_is_unknown_not_flat()
    {
        var report = Reconciler.Reconcile(Book(), Snapshot([FilledEntry], positions: null, executions: []));
        Assert.Multiple(() =>
        {
            Assert.That(report.Differences.Single(), Has.Property("Kind").EqualTo(DifferenceKind.ReportMissing).And.Property("Subject").EqualTo("positions"));
            Assert.That(report.IsComplete, Is.False);
            Assert.That(report.RequiresSafeMode, Is.False);
        });
    }

    [Test]
    public void An_empty_position_report_does_mean_flat_and_is_a_mismatch()
    {
        var report = Reconciler.Reconcile(Book(), Snapshot([FilledEntry], positions: [], executions: []));
        Assert.That(report.Differences.Select(d => (d.Kind, d.Subject, d.Repair)), Is.EqualTo(new[]
        {
            (DifferenceKind.PositionMismatch, TestOrders.LongPut, RepairAction.AdoptBrokerPosition),
            (DifferenceKind.PositionMismatch, TestOrders.ShortPut, RepairAction.AdoptBrokerPosition),
        }));
        Assert.That(report.RequiresSafeMode, Is.True);
        var request = report.SafeModeRequest(T)!;
        Assert.That(request.Trigger, Is.EqualTo(KillSwitchTrigger.ReconciliationMismatch));
        Assert.That(KillSwitchMachine.Apply(KillSwitchState.Initial, request).State.Mode, Is.EqualTo(KillSwitchMode.SafeMode));
    }

    [Test]
    public void Fills_the_book_missed_are_explained_by_new_executions()
    {
        // A working close of 2 spreads (B-2) filled at the broker: buy 2 short puts, sell 2 long puts.
        var close = new LocalOrder(
            OrderStateMachine.Apply(OrderLifecycle.Create(ClosingOrders.Reverse(TestOrders.PutCreditSpread(3), "O-2", 2, 0.90m)), OrderEvent.Accepted(T)).Lifecycle!,
            "B-2");
        var executions = new List<BrokerExecutionReport>
        {
            new("X-3", "B-2", TestOrders.ShortPut, OrderSide.Buy, 2, 1.10m, T),
            new("X-4", "B-2", TestOrders.LongPut, OrderSide.Sell, 2, 0.30m, T),
        };
        var report = Reconciler.Reconcile(
            Book(close),
            Snapshot([FilledEntry, new("B-2", "O-2", OrderState.Filled, 2, 2, 0.80m)], SpreadPositions(-1, 1), executions));
        Assert.Multiple(() =>
        {
            Assert.That(report.Differences.Select(d => (d.Kind, d.Subject)), Is.EqualTo(new[]
            {
                (DifferenceKind.NewExecution, "X-3"),
                (DifferenceKind.NewExecution, "X-4"),
                (DifferenceKind.OrderStateBehind, "O-2"),
                (DifferenceKind.PositionExplainedByExecutions, TestOrders.LongPut), // local 3, broker 1, new -2
                (DifferenceKind.PositionExplainedByExecutions, TestOrders.ShortPut), // local -3, broker -1, new +2
            }));
            Assert.That(report.RequiresSafeMode, Is.False);
        });
    }

    [Test]
    public void Without_the_execution_report_the_same_position_change_is_unexplained()
    {
        var report = Reconciler.Reconcile(Book(), Snapshot([FilledEntry], SpreadPositions(-1, 1), executions: null));
        Assert.That(report.Differences.Where(d => d.Kind == DifferenceKind.PositionMismatch).Select(d => d.Detail), Has.All.Contains("new executions unknown"));
        Assert.That(report.RequiresSafeMode, Is.True);
    }

    [Test]
    public void A_broker_position_nobody_ordered_is_a_mismatch()
    {
        var positions = SpreadPositions();
        positions.Add(new("QQQ260116C00500000", 4));
        var diff = Reconciler.Reconcile(Book(), Snapshot([FilledEntry], positions, [])).Differences.Single();
        Assert.That((diff.Kind, diff.Detail, diff.Explained), Is.EqualTo((DifferenceKind.PositionMismatch, "local 0, broker 4, new executions 0", false)));
    }

    [TestCase(OrderState.Filled, 2, DifferenceKind.OrderStateBehind, true)]
    [TestCase(OrderState.Cancelled, 0, DifferenceKind.OrderStateBehind, true)]
    [TestCase(OrderState.New, 0, DifferenceKind.OrderStateConflict, false)]
    public void A_working_order_is_compared_through_the_state_machine(OrderState broker, int brokerFilled, DifferenceKind kind, bool explained)
    {
        var order = Working("O-5", "B-5");
        var diff = Reconciler.Reconcile(Book(order), Snapshot([FilledEntry, new("B-5", "O-5", broker, 2, brokerFilled, null)], SpreadPositions(), []))
            .Differences.Single();
        Assert.That((diff.Kind, diff.Explained), Is.EqualTo((kind, explained)));
    }

    [Test]
    public void A_filled_local_order_the_broker_calls_cancelled_is_a_conflict()
    {
        var diff = Reconciler.Reconcile(Book(), Snapshot([FilledEntry with { State = OrderState.Cancelled }], SpreadPositions(), [])).Differences.Single();
        Assert.That((diff.Kind, diff.Detail), Is.EqualTo((DifferenceKind.OrderStateConflict, "local Filled 3/3, broker Cancelled 3/3")));
    }

    [Test]
    public void Fewer_fills_at_the_broker_than_in_the_book_is_a_mismatch()
    {
        var diff = Reconciler.Reconcile(Book(), Snapshot([FilledEntry with { State = OrderState.PartiallyFilled, FilledQuantity = 2 }], SpreadPositions(), [])).Differences.Single();
        Assert.That((diff.Kind, diff.Repair, diff.Explained), Is.EqualTo((DifferenceKind.OrderFillsAhead, RepairAction.AlertOperator, false)));
    }

    [Test]
    public void A_live_local_order_absent_at_the_broker_is_queried_and_trips_safe_mode()
    {
        var report = Reconciler.Reconcile(Book(Working("O-6", "B-6")), Snapshot([FilledEntry], SpreadPositions(), []));
        var diff = report.Differences.Single();
        Assert.That((diff.Kind, diff.Subject, diff.Repair), Is.EqualTo((DifferenceKind.OrderMissingAtBroker, "O-6", RepairAction.QueryBrokerOrder)));
        Assert.That(report.RequiresSafeMode, Is.True);
    }

    [Test]
    public void Terminal_local_orders_may_age_out_of_the_broker_list_and_unsent_ones_are_only_queried()
    {
        var unsent = new LocalOrder(OrderLifecycle.Create(TestOrders.PutCreditSpread(1, id: "O-7")), null);
        var report = Reconciler.Reconcile(Book(unsent), Snapshot([], SpreadPositions(), []));
        Assert.That(report.Differences.Select(d => (d.Kind, d.Subject, d.Explained)), Is.EqualTo(new[] { (DifferenceKind.OrderMissingAtBroker, "O-7", true) }));
    }

    [Test]
    public void Orders_are_matched_by_client_id_when_the_book_has_no_broker_id()
    {
        var pending = new LocalOrder(OrderLifecycle.Create(TestOrders.PutCreditSpread(2, id: "O-8")), null);
        var diff = Reconciler.Reconcile(Book(pending), Snapshot([FilledEntry, new("B-8", "O-8", OrderState.Working, 2, 0, null)], SpreadPositions(), [])).Differences.Single();
        Assert.That((diff.Kind, diff.Repair), Is.EqualTo((DifferenceKind.OrderStateBehind, RepairAction.ApplyBrokerState)));
    }

    [Test]
    public void A_live_broker_order_the_book_does_not_know_is_a_mismatch_but_an_old_terminal_one_is_not()
    {
        var report = Reconciler.Reconcile(Book(), Snapshot(
            [FilledEntry, new("B-9", null, OrderState.Working, 1, 0, null), new("B-10", null, OrderState.Expired, 1, 0, null)], SpreadPositions(), []));
        Assert.That(report.Differences.Select(d => (d.Kind, d.Subject)), Is.EqualTo(new[] { (DifferenceKind.UnknownBrokerOrder, "B-9") }));
    }

    [Test]
    public void An_execution_for_an_unknown_order_is_a_mismatch_and_known_ids_are_skipped()
    {
        var report = Reconciler.Reconcile(Book(), Snapshot([FilledEntry], SpreadPositions(-3, 4),
        [
            new("X-2", "B-1", TestOrders.LongPut, OrderSide.Buy, 5, 1.26m, T),
            new("X-9", "B-99", TestOrders.LongPut, OrderSide.Buy, 1, 0.50m, T),
        ]));
        Assert.That(report.Differences.Select(d => (d.Kind, d.Subject, d.Explained)), Is.EqualTo(new[]
        {
            (DifferenceKind.ExecutionForUnknownOrder, "X-9", false),
            (DifferenceKind.PositionExplainedByExecutions, TestOrders.LongPut, true),
        }));
    }

    [TestCase(OrderState.New, OrderState.Filled, true)]
    [TestCase(OrderState.Working, OrderState.Expired, true)]
    [TestCase(OrderState.PartiallyFilled, OrderState.Rejected, false)]
    [TestCase(OrderState.Filled, OrderState.Working, false)]
    [TestCase(OrderState.Cancelled, OrderState.Cancelled, true)]
    public void Reachability_follows_the_legal_transitions(OrderState from, OrderState to, bool reachable) =>
        Assert.That(Reconciler.IsReachable(from, to), Is.EqualTo(reachable));

    [Test]
    public void An_unknown_report_cannot_be_read_as_empty() =>
        Assert.Throws<InvalidOperationException>(() => _ = BrokerReport<BrokerPositionReport>.Unknown.Items);
}
