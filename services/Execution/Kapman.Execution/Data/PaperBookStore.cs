using Dapper;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>
/// The paper broker's persisted book: <c>paper_account</c> (the generator state and the order counter), <c>paper_orders</c> and
/// <c>paper_executions</c>. Changes run in the paper broker's own short transactions (<see cref="BeginAsync"/>), never inside the
/// order flow's: to the order flow the paper broker is a broker like any other.
/// </summary>
public sealed class PaperBookStore(NpgsqlDataSource dataSource)
{
    private const string OrderColumns =
        """
        id, tag, order_class AS OrderClass, underlying, order_type AS OrderType, legs::text AS Legs, quantity, limit_price AS LimitPrice, status,
        executed_quantity AS ExecutedQuantity, average_fill_price AS AverageFillPrice, reject_reason AS RejectReason,
        created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    private const string ExecutionColumns = "id, order_id AS OrderId, occ_symbol AS OccSymbol, side, contracts, price, commission, at";

    /// <summary>Opens a connection and a transaction for one change of the book.</summary>
    public async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> BeginAsync(CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        return (connection, await connection.BeginTransactionAsync(ct));
    }

    /// <summary>Creates the account row on first use with the configured seed and cash; an existing account keeps its state.</summary>
    public async Task EnsureAccountAsync(ulong seed, decimal startingCash, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO paper_account (id, rng_state, next_order_number, starting_cash) VALUES (1, @seed, 1, @startingCash) ON CONFLICT (id) DO NOTHING",
            new { seed = (decimal)seed, startingCash }, cancellationToken: ct));
    }

    /// <summary>The generator state and the next order number, locked.</summary>
    public static async Task<(ulong RngState, long NextOrderNumber)> LockAccountAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var (rng, next) = await connection.QuerySingleAsync<(decimal, long)>(new CommandDefinition(
            "SELECT rng_state, next_order_number FROM paper_account WHERE id = 1 FOR UPDATE", transaction: tx, cancellationToken: ct));
        return ((ulong)rng, next);
    }

    /// <summary>Stores the generator state and the next order number.</summary>
    public static Task SaveAccountAsync(NpgsqlConnection connection, NpgsqlTransaction tx, ulong rngState, long nextOrderNumber, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.ExecuteAsync(new CommandDefinition(
            "UPDATE paper_account SET rng_state = @rng, next_order_number = @nextOrderNumber WHERE id = 1",
            new { rng = (decimal)rngState, nextOrderNumber }, tx, cancellationToken: ct));
    }

    /// <summary>The account's starting cash, $.</summary>
    public async Task<decimal> StartingCashAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<decimal>(new CommandDefinition("SELECT starting_cash FROM paper_account WHERE id = 1", cancellationToken: ct));
    }

    /// <summary>The order placed with <paramref name="tag"/>, or null.</summary>
    public async Task<PaperOrderRow?> FindByTagAsync(string tag, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<PaperOrderRow>(new CommandDefinition(
            "SELECT " + OrderColumns + " FROM paper_orders WHERE tag = @tag", new { tag }, cancellationToken: ct));
    }

    /// <summary>The order placed with <paramref name="tag"/>, read in <paramref name="tx"/> (after the account lock, so two places of one tag serialise).</summary>
    public static Task<PaperOrderRow?> FindByTagAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string tag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.QuerySingleOrDefaultAsync<PaperOrderRow>(new CommandDefinition(
            "SELECT " + OrderColumns + " FROM paper_orders WHERE tag = @tag", new { tag }, tx, cancellationToken: ct));
    }

    /// <summary>The order <paramref name="id"/>, or null.</summary>
    public async Task<PaperOrderRow?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<PaperOrderRow>(new CommandDefinition(
            "SELECT " + OrderColumns + " FROM paper_orders WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>The order <paramref name="id"/> locked in <paramref name="tx"/>, or null.</summary>
    public static Task<PaperOrderRow?> LockOrderAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.QuerySingleOrDefaultAsync<PaperOrderRow>(new CommandDefinition(
            "SELECT " + OrderColumns + " FROM paper_orders WHERE id = @id FOR UPDATE", new { id }, tx, cancellationToken: ct));
    }

    /// <summary>Stores a new order.</summary>
    public static Task InsertOrderAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PaperOrderRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO paper_orders (id, tag, order_class, underlying, order_type, legs, quantity, limit_price, status, executed_quantity,
                average_fill_price, reject_reason, created_at, updated_at)
            VALUES (@Id, @Tag, @OrderClass, @Underlying, @OrderType, CAST(@Legs AS jsonb), @Quantity, @LimitPrice, @Status, @ExecutedQuantity,
                @AverageFillPrice, @RejectReason, @CreatedAt, @UpdatedAt)
            """, row, tx, cancellationToken: ct));
    }

    /// <summary>Stores an order's status, executed quantity and average fill.</summary>
    public static Task UpdateOrderAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PaperOrderRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE paper_orders SET status = @Status, executed_quantity = @ExecutedQuantity, average_fill_price = @AverageFillPrice,
                reject_reason = @RejectReason, updated_at = @UpdatedAt
            WHERE id = @Id
            """, row, tx, cancellationToken: ct));
    }

    /// <summary>Stores one leg execution.</summary>
    public static Task InsertExecutionAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PaperExecutionRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO paper_executions (order_id, occ_symbol, side, contracts, price, commission, at)
            VALUES (@OrderId, @OccSymbol, @Side, @Contracts, @Price, @Commission, @At)
            """, row, tx, cancellationToken: ct));
    }

    /// <summary>Orders still working, and those changed at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<PaperOrderRow>> ListedAsync(DateTime since, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<PaperOrderRow>(new CommandDefinition(
            "SELECT " + OrderColumns + " FROM paper_orders WHERE status IN ('Pending', 'Open', 'PartiallyFilled') OR updated_at >= @since ORDER BY created_at, id",
            new { since }, cancellationToken: ct))).ToList();
    }

    /// <summary>How many orders are still working.</summary>
    public async Task<int> WorkingCountAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*)::int FROM paper_orders WHERE status IN ('Pending', 'Open', 'PartiallyFilled')", cancellationToken: ct));
    }

    /// <summary>Every execution in the order it was made (the book's history).</summary>
    public async Task<IReadOnlyList<PaperExecutionRow>> ExecutionsAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<PaperExecutionRow>(new CommandDefinition(
            "SELECT " + ExecutionColumns + " FROM paper_executions ORDER BY id", cancellationToken: ct))).ToList();
    }

    /// <summary>The executions of the given orders, in order.</summary>
    public async Task<IReadOnlyList<PaperExecutionRow>> ExecutionsOfAsync(IReadOnlyCollection<string> orderIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<PaperExecutionRow>(new CommandDefinition(
            "SELECT " + ExecutionColumns + " FROM paper_executions WHERE order_id = ANY(@ids) ORDER BY id", new { ids = orderIds.ToArray() }, cancellationToken: ct))).ToList();
    }
}
