using Kapman.Recommendation.Data;
using Microsoft.AspNetCore.Http.HttpResults;
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
        app.MapGet("/recommendations", GetRecommendations).WithName("GetRecommendations").WithSummary("The recommendations of a session, filtered").WithTags("Recommendations");
        app.MapGet("/recommendations/{id:guid}", GetRecommendation).WithName("GetRecommendation").WithSummary("One recommendation with legs, prompt and outcome").WithTags("Recommendations");
        return app;
    }

    /// <summary>The recommendations matching the filters (see <see cref="RecommendationFilter"/>).</summary>
    public static async Task<Ok<IReadOnlyList<RecommendationDto>>> GetRecommendations(
        DateOnly? session, string? strategy, string? direction, string? status, double? minConfidence, string? trigger, bool? underlyingOnly,
        NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(await RecommendationQueries.ListAsync(
            connection, new RecommendationFilter(session, strategy, direction, status, minConfidence, trigger, underlyingOnly), ct));
    }

    /// <summary>The recommendation's detail; 404 when there is none.</summary>
    public static async Task<IResult> GetRecommendation(Guid id, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await RecommendationQueries.FindAsync(connection, id, ct) is not { } row)
        {
            return TypedResults.NotFound();
        }

        var (legs, prompt) = await RecommendationQueries.LegsAndPromptAsync(connection, id, ct);
        return TypedResults.Ok(new RecommendationDetail(row, legs, prompt, await OutcomeStore.LatestAsync(connection, id, ct),
            await OptionOutcomeStore.LatestAsync(connection, id, ct)));
    }
}
