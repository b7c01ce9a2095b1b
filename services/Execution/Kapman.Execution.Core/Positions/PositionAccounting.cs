namespace Kapman.Execution.Core.Positions;

/// <summary>
/// Average-cost position keeping. An execution that adds to the holding (or opens it) moves the average to the
/// contract-weighted mean of old and new prices. An execution against the holding realises
/// (price − average) × closed contracts × 100 × sign(holding) dollars; if it is larger than the holding, the
/// rest opens a new holding on the other side at the execution price. Commission always accumulates.
/// (The seed computes P&amp;L from actual fill prices, not marks: docs/domain/execution.md#positions-and-pnl (seed 003 §4 task 5.1.1) acceptance.)
/// </summary>
public static class PositionAccounting
{
    /// <summary>Applies one execution to the holding of its (group, symbol), or to a new holding when null.</summary>
    public static Position Apply(Position? current, LegExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(execution.Contracts);
        var position = current ?? new Position(
            execution.GroupId, execution.Strategy, execution.Underlying, execution.OccSymbol, 0, 0m, 0m, 0m);
        if (!string.Equals(position.OccSymbol, execution.OccSymbol, StringComparison.Ordinal)
            || !string.Equals(position.GroupId, execution.GroupId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"execution {execution.ExecutionId} is for {execution.GroupId}/{execution.OccSymbol}, not {position.GroupId}/{position.OccSymbol}");
        }

        var held = position.NetContracts;
        var traded = execution.SignedContracts;
        var commissions = position.Commissions + execution.Commission;
        if (held == 0 || Math.Sign(held) == Math.Sign(traded))
        {
            var total = Math.Abs(held) + Math.Abs(traded);
            var average = ((position.AveragePrice * Math.Abs(held)) + (execution.Price * Math.Abs(traded))) / total;
            return position with { NetContracts = held + traded, AveragePrice = average, Commissions = commissions };
        }

        var closed = Math.Min(Math.Abs(held), Math.Abs(traded));
        var realized = (execution.Price - position.AveragePrice) * closed * Math.Sign(held) * ContractMultiplier.SharesPerContract;
        var net = held + traded;
        var nextAverage = net == 0 ? 0m : Math.Sign(net) == Math.Sign(held) ? position.AveragePrice : execution.Price;
        return position with
        {
            NetContracts = net,
            AveragePrice = nextAverage,
            RealizedPnl = position.RealizedPnl + realized,
            Commissions = commissions,
        };
    }

    /// <summary>Builds the book from executions in order: one holding per (group, symbol), flat ones kept for their realised P&amp;L.</summary>
    public static IReadOnlyList<Position> Build(IEnumerable<LegExecution> executions)
    {
        ArgumentNullException.ThrowIfNull(executions);
        var book = new Dictionary<(string, string), Position>();
        var order = new List<(string, string)>();
        foreach (var e in executions)
        {
            var key = (e.GroupId, e.OccSymbol);
            if (!book.TryGetValue(key, out var current))
            {
                order.Add(key);
            }

            book[key] = Apply(current, e);
        }

        return order.Select(k => book[k]).ToList();
    }
}
