using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes <c>orders</c>, <c>order_legs</c> and <c>order_transitions</c>. Writes join the caller's transaction.</summary>
public sealed class OrderStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        id, recommendation_id AS RecommendationId, purpose, group_id AS GroupId, run_id AS RunId, session_date AS SessionDate, ticker, strategy,
        mode, simulated, broker, price_type AS PriceType, quantity, limit_price AS LimitPrice, start_price AS StartPrice,
        worst_price AS WorstPrice, step, step_interval_ms AS StepIntervalMs, max_duration_ms AS MaxDurationMs, state,
        filled_quantity AS FilledQuantity, average_fill_price AS AverageFillPrice, cancel_requested AS CancelRequested,
        created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    /// <summary>Inserts <paramref name="order"/> and its legs.</summary>
    public static async Task InsertAsync(OutboxTransaction tx, OrderRow order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(order);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO orders (id, recommendation_id, purpose, group_id, run_id, session_date, ticker, strategy, mode, simulated, broker,
                price_type, quantity, limit_price, start_price, worst_price, step, step_interval_ms, max_duration_ms, state, created_at, updated_at)
            VALUES (@Id, @RecommendationId, @Purpose, @GroupId, @RunId, @SessionDate, @Ticker, @Strategy, @Mode, @Simulated, @Broker,
                @PriceType, @Quantity, @LimitPrice, @StartPrice, @WorstPrice, @Step, @StepIntervalMs, @MaxDurationMs, @State, @CreatedAt, @CreatedAt)
            """, order, tx.Transaction, cancellationToken: ct));
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var leg = order.Legs[i];
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO order_legs (order_id, leg_index, occ_symbol, side, ratio, position_effect)
                VALUES (@orderId, @i, @OccSymbol, @Side, @Ratio, @PositionEffect)
                """, new { orderId = order.Id, i, leg.OccSymbol, leg.Side, leg.Ratio, leg.PositionEffect }, tx.Transaction, cancellationToken: ct));
        }
    }

    /// <summary>The order with its legs, or null.</summary>
    public async Task<OrderRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await WithLegsAsync(connection, null, "SELECT " + Columns + " FROM orders WHERE id = @id", new { id }, ct)).SingleOrDefault();
    }

    /// <summary>The order locked for update in <paramref name="tx"/>, or null.</summary>
    public static async Task<OrderRow?> LockAsync(OutboxTransaction tx, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return (await WithLegsAsync(tx.Connection, tx.Transaction, "SELECT " + Columns + " FROM orders WHERE id = @id FOR UPDATE", new { id }, ct)).SingleOrDefault();
    }

    /// <summary>Orders that may still trade (new, working, partially_filled), oldest first.</summary>
    public async Task<IReadOnlyList<OrderRow>> ActiveAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await WithLegsAsync(connection, null,
            "SELECT " + Columns + " FROM orders WHERE state IN ('new', 'working', 'partially_filled') ORDER BY created_at, id", null, ct);
    }

    /// <summary>Orders of <paramref name="broker"/> that are active or changed since <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<OrderRow>> ForReconciliationAsync(string broker, DateTime since, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await WithLegsAsync(connection, null,
            "SELECT " + Columns + " FROM orders WHERE broker = @broker AND (state IN ('new', 'working', 'partially_filled') OR updated_at >= @since) ORDER BY created_at, id",
            new { broker, since }, ct);
    }

    /// <summary>The latest <paramref name="limit"/> orders, newest first.</summary>
    public async Task<IReadOnlyList<OrderRow>> RecentAsync(int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await WithLegsAsync(connection, null, "SELECT " + Columns + " FROM orders ORDER BY created_at DESC, id LIMIT @limit", new { limit }, ct);
    }

    /// <summary>The order's transitions in the order they were stored.</summary>
    public async Task<IReadOnlyList<TransitionRow>> TransitionsAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<TransitionRow>(new CommandDefinition(
            """
            SELECT from_state AS FromState, to_state AS ToState, event, fill_quantity AS FillQuantity, filled_quantity AS FilledQuantity,
                   fill_price AS FillPrice, reason, at
            FROM order_transitions WHERE order_id = @id ORDER BY seq
            """, new { id }, cancellationToken: ct))).ToList();
    }

    /// <summary>Stores a transition and the order's new state, filled quantity, average fill and limit.</summary>
    public static async Task ApplyAsync(OutboxTransaction tx, Guid id, TransitionRow transition, decimal? averageFillPrice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(transition);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO order_transitions (order_id, from_state, to_state, event, fill_quantity, filled_quantity, fill_price, reason, at)
            VALUES (@id, @FromState, @ToState, @Event, @FillQuantity, @FilledQuantity, @FillPrice, @Reason, @At);
            UPDATE orders SET state = @ToState, filled_quantity = @FilledQuantity, average_fill_price = @averageFillPrice, updated_at = @At
            WHERE id = @id;
            """,
            new
            {
                id, transition.FromState, transition.ToState, transition.Event, transition.FillQuantity, transition.FilledQuantity,
                transition.FillPrice, transition.Reason, transition.At, averageFillPrice,
            },
            tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Sets the limit of the step now resting, $ per share.</summary>
    public static Task SetLimitAsync(OutboxTransaction tx, Guid id, decimal limitPrice, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE orders SET limit_price = @limitPrice, updated_at = @at WHERE id = @id", new { id, limitPrice, at }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Asks the worker to cancel each of <paramref name="ids"/> that is still active and not already asked; returns how many were marked.</summary>
    public static Task<int> RequestCancelAsync(OutboxTransaction tx, IReadOnlyCollection<Guid> ids, string reason, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(ids);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE orders SET cancel_requested = @reason, updated_at = @at
            WHERE id = ANY(@ids) AND cancel_requested IS NULL AND state IN ('new', 'working', 'partially_filled')
            """, new { ids = ids.ToArray(), reason, at }, tx.Transaction, cancellationToken: ct));
    }

    private static async Task<IReadOnlyList<OrderRow>> WithLegsAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, object? args, CancellationToken ct)
    {
        var orders = (await connection.QueryAsync<OrderRow>(new CommandDefinition(sql, args, tx, cancellationToken: ct))).ToList();
        if (orders.Count == 0)
        {
            return orders;
        }

        var legs = await connection.QueryAsync<(Guid OrderId, string OccSymbol, string Side, int Ratio, string PositionEffect)>(new CommandDefinition(
            """
            SELECT order_id, occ_symbol, side, ratio, position_effect FROM order_legs
            WHERE order_id = ANY(@ids) ORDER BY order_id, leg_index
            """, new { ids = orders.Select(o => o.Id).ToArray() }, tx, cancellationToken: ct));
        var byOrder = legs.ToLookup(l => l.OrderId);
        foreach (var order in orders)
        {
            order.Legs = byOrder[order.Id].Select(l => new OrderLegRow(l.OccSymbol, l.Side, l.Ratio, l.PositionEffect)).ToList();
        }

        return orders;
    }
}
