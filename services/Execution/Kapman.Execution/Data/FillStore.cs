using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes <c>fills</c>.</summary>
public sealed class FillStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        execution_key AS ExecutionKey, order_id AS OrderId, broker_order_id AS BrokerOrderId, occ_symbol AS OccSymbol, side,
        position_effect AS PositionEffect, contracts, price, commission, simulated, at
        """;

    /// <summary>Stores a leg execution; false when its key is already stored (the same fill seen again).</summary>
    public static async Task<bool> InsertAsync(OutboxTransaction tx, FillRow fill, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO fills (execution_key, order_id, broker_order_id, occ_symbol, side, position_effect, contracts, price, commission, simulated, at)
            VALUES (@ExecutionKey, @OrderId, @BrokerOrderId, @OccSymbol, @Side, @PositionEffect, @Contracts, @Price, @Commission, @Simulated, @At)
            ON CONFLICT (execution_key) DO NOTHING
            """, fill, tx.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>The fills of one order in the order they were stored.</summary>
    public async Task<IReadOnlyList<FillRow>> ForOrderAsync(Guid orderId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<FillRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM fills WHERE order_id = @orderId ORDER BY id", new { orderId }, cancellationToken: ct))).ToList();
    }

    /// <summary>The execution keys already stored for orders of <paramref name="broker"/>.</summary>
    public async Task<IReadOnlySet<string>> KeysAsync(string broker, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT f.execution_key FROM fills f JOIN orders o ON o.id = f.order_id WHERE o.broker = @broker",
            new { broker }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
    }
}
