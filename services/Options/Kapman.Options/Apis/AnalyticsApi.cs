using Kapman.Options.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Options.Apis;

/// <summary>
/// <c>GET /chain</c> (filters expiry, type, minStrike, maxStrike), <c>GET /daily-summary</c>, <c>GET /volatility-metrics</c>,
/// <c>GET /dealer-metrics/{underlying}</c> and <c>GET /gex-by-strike</c>; all take <c>underlying</c> and an optional <c>session</c>.
/// </summary>
public static class AnalyticsApi
{
    /// <summary>Maps the analytics endpoints; 400 on bad chain filters, 404 when no row exists for the underlying and session.</summary>
    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/chain", GetChain).WithTags("Options");
        app.MapGet("/daily-summary", GetDailySummary).WithTags("Options");
        app.MapGet("/volatility-metrics", GetVolatilityMetrics).WithTags("Options");
        app.MapGet("/dealer-metrics/{underlying}", GetUnderlyingDealerMetrics).WithTags("Options");
        app.MapGet("/gex-by-strike", GetGexByStrike).WithTags("Options");
        return app;
    }

    private static async Task<Results<Ok<IEnumerable<ContractDto>>, ValidationProblem>> GetChain(
        string? underlying, DateOnly? session, DateOnly? expiry, string? type, double? minStrike, double? maxStrike, AnalyticsQueries queries, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(underlying))
        {
            errors["underlying"] = ["underlying is required, e.g. SPY."];
        }

        if (type is not (null or "call" or "put"))
        {
            errors["type"] = ["type must be 'call' or 'put'."];
        }

        if (minStrike > maxStrike)
        {
            errors["minStrike"] = ["minStrike must not exceed maxStrike."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await queries.ChainAsync(underlying!.ToUpperInvariant(), session, new ChainFilter(expiry, type, minStrike, maxStrike), ct));
    }

    private static Task<Results<ContentHttpResult, NotFound>> GetDailySummary(string underlying, DateOnly? session, AnalyticsQueries queries, CancellationToken ct) =>
        Row("daily_summary", underlying, session, queries, ct);

    private static Task<Results<ContentHttpResult, NotFound>> GetVolatilityMetrics(string underlying, DateOnly? session, AnalyticsQueries queries, CancellationToken ct) =>
        Row("volatility_metrics", underlying, session, queries, ct);

    private static Task<Results<ContentHttpResult, NotFound>> GetUnderlyingDealerMetrics(string underlying, DateOnly? session, AnalyticsQueries queries, CancellationToken ct) =>
        Row("dealer_metrics", underlying, session, queries, ct);

    private static async Task<Ok<IEnumerable<GexByStrikeDto>>> GetGexByStrike(string underlying, DateOnly? session, AnalyticsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GexByStrikeAsync(underlying.ToUpperInvariant(), session, ct));

    private static async Task<Results<ContentHttpResult, NotFound>> Row(string table, string underlying, DateOnly? session, AnalyticsQueries queries, CancellationToken ct) =>
        await queries.RowJsonAsync(table, underlying.ToUpperInvariant(), session, ct) is { } json
            ? TypedResults.Text(json, "application/json")
            : TypedResults.NotFound();
}
