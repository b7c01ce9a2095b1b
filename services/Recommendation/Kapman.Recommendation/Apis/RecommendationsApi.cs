using Dapper;
using Kapman.Recommendation.Outcomes;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// <c>GET /recommendations</c>: filterable by session (default the latest), strategy, direction, status, minimum
/// confidence and trigger; trades first, then "no trade"s. Underlying-only calls (tickers without a chain, never
/// tradable) are left out by default, except those of an alerted ticker, which show as NO_TRADE "no option chain
/// stored"; <c>underlyingOnly=true</c> lists only them, <c>underlyingOnly=false</c> leaves them all out. <c>GET /recommendations/{id}</c>: detail with legs, the
/// justification prompt and the latest outcome.
/// </summary>
public static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/recommendations", async (DateOnly? session, string? strategy, string? direction, string? status, double? minConfidence,
            string? trigger, bool? underlyingOnly, NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return TypedResults.Ok(await RecommendationQueries.ListAsync(
                connection, new RecommendationFilter(session, strategy, direction, status, minConfidence, trigger, underlyingOnly), ct));
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
