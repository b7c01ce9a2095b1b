using Dapper;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary><c>GET /recommendations?session=D</c>: trades first, then "no trade"s; the latest session when none is given.</summary>
public static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/recommendations", async (DateOnly? session, NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return TypedResults.Ok(await connection.QueryAsync<RecommendationDto>(new CommandDefinition(
                """
                SELECT id, ticker, session_date AS SessionDate, status, strategy, direction, occ_symbol AS OccSymbol, expiration, strike,
                       option_right AS OptionRight, delta, bid, ask, dte, spot, bc_score AS BcScore, spring_score AS SpringScore, confidence,
                       justification, writer, no_trade_reason AS NoTradeReason, model_version AS ModelVersion
                FROM recommendations
                WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM recommendations))
                ORDER BY status, confidence DESC, ticker
                """, new { session }, cancellationToken: ct)));
        }).WithTags("Recommendations");
        return app;
    }
}
