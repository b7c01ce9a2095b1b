using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes <c>walk_steps</c>. A step is stored SENDING with its client tag before the broker is called.</summary>
public sealed class WalkStepStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        order_id AS OrderId, step, price, client_tag AS ClientTag, broker_order_id AS BrokerOrderId, status, outcome,
        created_at AS CreatedAt, placed_at AS PlacedAt, ended_at AS EndedAt
        """;

    /// <summary>Every step of <paramref name="orderId"/>, in order.</summary>
    public async Task<IReadOnlyList<WalkStepRow>> ForOrderAsync(Guid orderId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<WalkStepRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM walk_steps WHERE order_id = @orderId ORDER BY step", new { orderId }, cancellationToken: ct))).ToList();
    }

    /// <summary>The last step of each of <paramref name="orderIds"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, WalkStepRow>> LatestAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<WalkStepRow>(new CommandDefinition(
            "SELECT DISTINCT ON (order_id) " + Columns + " FROM walk_steps WHERE order_id = ANY(@ids) ORDER BY order_id, step DESC",
            new { ids = orderIds.ToArray() }, cancellationToken: ct))).ToDictionary(s => s.OrderId);
    }

    /// <summary>Stores step <paramref name="step"/> as SENDING with its tag; false when the step already exists.</summary>
    public static async Task<bool> InsertSendingAsync(OutboxTransaction tx, Guid orderId, int step, decimal price, string clientTag, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO walk_steps (order_id, step, price, client_tag, status, created_at) VALUES (@orderId, @step, @price, @clientTag, 'SENDING', @at)
            ON CONFLICT (order_id, step) DO NOTHING
            """, new { orderId, step, price, clientTag, at }, tx.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>Records the broker's id of a step: PLACED.</summary>
    public static Task MarkPlacedAsync(OutboxTransaction tx, Guid orderId, int step, string brokerOrderId, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE walk_steps SET broker_order_id = @brokerOrderId, status = 'PLACED', placed_at = @at WHERE order_id = @orderId AND step = @step",
            new { orderId, step, brokerOrderId, at }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Ends a step with <paramref name="status"/> and the decision's text.</summary>
    public static Task EndAsync(OutboxTransaction tx, Guid orderId, int step, string status, string outcome, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE walk_steps SET status = @status, outcome = @outcome, ended_at = @at WHERE order_id = @orderId AND step = @step",
            new { orderId, step, status, outcome, at }, tx.Transaction, cancellationToken: ct));
    }
}
