using Dapper;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads the filled SHADOW entry orders and their approvals (<c>orders</c> joined with <c>approvals</c>) for the shadow report.</summary>
public sealed class ShadowOrderStore(NpgsqlDataSource dataSource)
{
    /// <summary>SHADOW entries with at least one unit filled whose session is in [<paramref name="from"/>, <paramref name="to"/>], oldest first.</summary>
    public async Task<IReadOnlyList<ShadowOrderRow>> FilledAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<ShadowOrderRow>(new CommandDefinition(
            """
            SELECT o.id AS OrderId, o.recommendation_id AS RecommendationId, o.ticker, o.strategy, o.price_type AS PriceType,
                   o.filled_quantity AS FilledQuantity, o.average_fill_price AS AverageFillPrice, o.session_date AS SessionDate,
                   a.session_date AS ApprovalSession, a.legs::text AS Legs
            FROM orders o JOIN approvals a ON a.recommendation_id = o.recommendation_id
            WHERE o.mode = 'SHADOW' AND o.purpose = 'ENTRY' AND o.filled_quantity > 0 AND o.average_fill_price IS NOT NULL
              AND o.session_date BETWEEN @from AND @to
            ORDER BY o.session_date, o.created_at, o.id
            """, new { from, to }, cancellationToken: ct))).ToList();
    }
}
