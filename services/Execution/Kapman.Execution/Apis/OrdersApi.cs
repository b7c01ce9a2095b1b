using Dapper;
using Kapman.Execution.Core;
using Npgsql;

namespace Kapman.Execution.Apis;

/// <summary>Read-only <c>GET /orders</c> and <c>GET /trading-mode</c>; order entry arrives with the paper broker.</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders", async (int? limit, NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return TypedResults.Ok(await connection.QueryAsync<OrderDto>(new CommandDefinition(
                """
                SELECT id, recommendation_id AS RecommendationId, occ_symbol AS OccSymbol, side, quantity, order_type AS OrderType,
                       limit_price AS LimitPrice, state, broker, created_at AS CreatedAt, updated_at AS UpdatedAt
                FROM orders ORDER BY created_at DESC LIMIT @limit
                """, new { limit = Math.Clamp(limit ?? 100, 1, 1000) }, cancellationToken: ct)));
        }).WithTags("Orders");
        app.MapGet("/trading-mode", (IConfiguration configuration) =>
        {
            var (mode, reason) = TradingModeGate.Resolve(
                configuration.GetValue("Kapman:Execution:LiveTradingEnabled", false), configuration["Kapman:Execution:LiveTradingConfirmation"]);
            return TypedResults.Ok(new { mode = mode.ToString().ToUpperInvariant(), reason });
        }).WithTags("Orders");
        return app;
    }
}
