using Dapper;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads <c>execution.orders</c>.</summary>
public sealed class OrderStore(NpgsqlDataSource dataSource)
{
    /// <summary>The latest <paramref name="limit"/> orders, newest first.</summary>
    public async Task<IEnumerable<OrderDto>> RecentAsync(int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<OrderDto>(new CommandDefinition(
            """
            SELECT id, recommendation_id AS RecommendationId, occ_symbol AS OccSymbol, side, quantity, order_type AS OrderType,
                   limit_price AS LimitPrice, state, broker, created_at AS CreatedAt, updated_at AS UpdatedAt
            FROM orders ORDER BY created_at DESC LIMIT @limit
            """, new { limit }, cancellationToken: ct));
    }
}
