using Dapper;
using Kapman.Recommendation.Outcomes;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// <c>GET /recommendations</c>: filterable by session (default the latest), strategy, direction, status and
/// minimum confidence; trades first, then "no trade"s. <c>GET /recommendations/{id}</c>: detail with legs, the
/// justification prompt and the latest outcome.
/// </summary>
public static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/recommendations", async (DateOnly? session, string? strategy, string? direction, string? status, double? minConfidence,
            NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return TypedResults.Ok(await connection.QueryAsync<RecommendationDto>(new CommandDefinition(
                $"""
                SELECT {RecommendationSql.Columns}
                FROM recommendations
                WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM recommendations))
                  AND (@strategy::text IS NULL OR strategy = upper(@strategy) OR structure = upper(@strategy))
                  AND (@direction::text IS NULL OR direction = upper(@direction))
                  AND (@status::text IS NULL OR status = upper(@status))
                  AND (@minConfidence::double precision IS NULL OR confidence >= @minConfidence)
                ORDER BY status, confidence DESC, ticker
                """, new { session, strategy, direction, status, minConfidence }, cancellationToken: ct)));
        }).WithTags("Recommendations");

        app.MapGet("/recommendations/{id:guid}", async Task<IResult> (Guid id, NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var row = await connection.QuerySingleOrDefaultAsync<RecommendationDto>(new CommandDefinition(
                "SELECT " + RecommendationSql.Columns + " FROM recommendations WHERE id = @id", new { id }, cancellationToken: ct));
            if (row is null)
            {
                return TypedResults.NotFound();
            }

            var (legs, prompt) = await connection.QuerySingleAsync<(string?, string?)>(new CommandDefinition(
                "SELECT legs::text, justification_prompt FROM recommendations WHERE id = @id", new { id }, cancellationToken: ct));
            var outcome = await OutcomeStore.LatestAsync(connection, id, ct);
            return TypedResults.Ok(new RecommendationDetail(row, legs is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<Generation.LegDto>>(legs, Json)!, prompt, outcome));
        }).WithTags("Recommendations");
        return app;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);
}
