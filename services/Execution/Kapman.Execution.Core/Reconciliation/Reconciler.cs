using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Reconciliation;

/// <summary>
/// Compares the local book with a broker snapshot (docs/domain/execution.md#reconciliation, seed 003 §4 task 5.1 reconciliation loop, §11 R10). The broker
/// is the truth; a difference is explained when events not yet applied account for it, and every other difference
/// puts the switch into safe mode. Rules:
/// <list type="bullet">
/// <item>Unknown parts are reported as <see cref="DifferenceKind.ReportMissing"/> and not compared: an unknown position
/// report never closes a local position. Unknown executions explain nothing.</item>
/// <item>Executions: an id not yet applied is applied when its order is known, else it is a mismatch.</item>
/// <item>Orders (matched by broker id, else by client id): a broker state reachable from the local one through the
/// order state machine, with at least as many fills, is applied; an unreachable state or fewer broker fills is a
/// mismatch. A live local order the broker does not list is a mismatch (it may still be working); a terminal one
/// may have aged out of the broker's list; a New one without broker id may never have arrived and is queried. A live
/// broker order the book does not know is a mismatch.</item>
/// <item>Positions, per symbol across groups: broker = local + new executions is explained; anything else is a mismatch.</item>
/// </list>
/// </summary>
public static class Reconciler
{
    /// <summary>Reconciles <paramref name="local"/> with <paramref name="broker"/>.</summary>
    public static ReconciliationReport Reconcile(LocalBook local, BrokerSnapshot broker)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(broker);
        var differences = new List<ReconciliationDifference>();
        var newExecutions = broker.Executions.IsReported
            ? broker.Executions.Items.Where(e => !local.KnownExecutionIds.Contains(e.ExecutionId)).ToList()
            : null;

        CompareExecutions(local, newExecutions, differences);
        if (broker.Orders.IsReported)
        {
            CompareOrders(local, broker.Orders.Items, differences);
        }
        else
        {
            differences.Add(Missing("orders"));
        }

        if (broker.Positions.IsReported)
        {
            ComparePositions(local, broker.Positions.Items, newExecutions, differences);
        }
        else
        {
            differences.Add(Missing("positions"));
        }

        var complete = broker.Orders.IsReported && broker.Positions.IsReported && broker.Executions.IsReported;
        return new ReconciliationReport(differences, complete);
    }

    /// <summary>True when <paramref name="to"/> equals <paramref name="from"/> or follows it through legal transitions.</summary>
    public static bool IsReachable(OrderState from, OrderState to)
    {
        var seen = new HashSet<OrderState> { from };
        var frontier = new Queue<OrderState>([from]);
        while (frontier.TryDequeue(out var state))
        {
            foreach (var next in Enum.GetValues<OrderState>().Where(n => OrderStateMachine.IsLegal(state, n) && seen.Add(n)))
            {
                frontier.Enqueue(next);
            }
        }

        return seen.Contains(to);
    }

    private static void CompareExecutions(LocalBook local, List<BrokerExecutionReport>? newExecutions, List<ReconciliationDifference> differences)
    {
        if (newExecutions is null)
        {
            differences.Add(Missing("executions"));
            return;
        }

        var brokerIds = local.Orders.Where(o => o.BrokerOrderId is not null).Select(o => o.BrokerOrderId!).ToHashSet(StringComparer.Ordinal);
        foreach (var e in newExecutions)
        {
            var detail = $"{e.Side} {e.Contracts} {e.OccSymbol} at {e.Price} (broker order {e.BrokerOrderId})";
            differences.Add(brokerIds.Contains(e.BrokerOrderId)
                ? new(DifferenceKind.NewExecution, e.ExecutionId, detail, RepairAction.ApplyExecution, true)
                : new(DifferenceKind.ExecutionForUnknownOrder, e.ExecutionId, detail, RepairAction.AlertOperator, false));
        }
    }

    private static void CompareOrders(LocalBook local, IReadOnlyList<BrokerOrderReport> reported, List<ReconciliationDifference> differences)
    {
        var matched = new HashSet<BrokerOrderReport>();
        foreach (var order in local.Orders)
        {
            var lifecycle = order.Lifecycle;
            var id = lifecycle.Order.Id;
            var report = reported.FirstOrDefault(r => order.BrokerOrderId is not null && r.BrokerOrderId == order.BrokerOrderId)
                ?? reported.FirstOrDefault(r => r.ClientOrderId == id);
            if (report is null)
            {
                if (lifecycle.State == OrderState.New && order.BrokerOrderId is null)
                {
                    differences.Add(new(DifferenceKind.OrderMissingAtBroker, id, "new order not acknowledged and not listed", RepairAction.QueryBrokerOrder, true));
                }
                else if (lifecycle.IsActive)
                {
                    differences.Add(new(DifferenceKind.OrderMissingAtBroker, id, $"local {lifecycle.State}, not in the broker's list", RepairAction.QueryBrokerOrder, false));
                }

                continue;
            }

            matched.Add(report);
            var detail = $"local {lifecycle.State} {lifecycle.FilledQuantity}/{lifecycle.Order.Quantity}, broker {report.State} {report.FilledQuantity}/{report.Quantity}";
            if (report.FilledQuantity < lifecycle.FilledQuantity)
            {
                differences.Add(new(DifferenceKind.OrderFillsAhead, id, detail, RepairAction.AlertOperator, false));
            }
            else if (!IsReachable(lifecycle.State, report.State))
            {
                differences.Add(new(DifferenceKind.OrderStateConflict, id, detail, RepairAction.AlertOperator, false));
            }
            else if (report.State != lifecycle.State || report.FilledQuantity != lifecycle.FilledQuantity)
            {
                differences.Add(new(DifferenceKind.OrderStateBehind, id, detail, RepairAction.ApplyBrokerState, true));
            }
        }

        foreach (var report in reported.Where(r => !matched.Contains(r) && !OrderStateMachine.IsTerminal(r.State)))
        {
            differences.Add(new(DifferenceKind.UnknownBrokerOrder, report.BrokerOrderId,
                $"broker {report.State} {report.FilledQuantity}/{report.Quantity}, not in the book", RepairAction.AlertOperator, false));
        }
    }

    private static void ComparePositions(
        LocalBook local,
        IReadOnlyList<BrokerPositionReport> reported,
        List<BrokerExecutionReport>? newExecutions,
        List<ReconciliationDifference> differences)
    {
        var localNet = local.Positions.GroupBy(p => p.OccSymbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.NetContracts), StringComparer.Ordinal);
        var brokerNet = reported.GroupBy(p => p.OccSymbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.NetContracts), StringComparer.Ordinal);
        var pending = (newExecutions ?? []).GroupBy(e => e.OccSymbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.SignedContracts), StringComparer.Ordinal);
        foreach (var symbol in localNet.Keys.Union(brokerNet.Keys).Union(pending.Keys).Order(StringComparer.Ordinal))
        {
            var mine = localNet.GetValueOrDefault(symbol);
            var theirs = brokerNet.GetValueOrDefault(symbol);
            var applying = pending.GetValueOrDefault(symbol);
            if (theirs == mine && applying == 0)
            {
                continue;
            }

            var detail = $"local {mine}, broker {theirs}, new executions {(newExecutions is null ? "unknown" : applying.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            differences.Add(newExecutions is not null && theirs == mine + applying
                ? new(DifferenceKind.PositionExplainedByExecutions, symbol, detail, RepairAction.ApplyExecution, true)
                : new(DifferenceKind.PositionMismatch, symbol, detail, RepairAction.AdoptBrokerPosition, false));
        }
    }

    private static ReconciliationDifference Missing(string part) =>
        new(DifferenceKind.ReportMissing, part, $"broker {part} report missing: unknown, not empty; not compared", RepairAction.RetryNextTick, true);
}
