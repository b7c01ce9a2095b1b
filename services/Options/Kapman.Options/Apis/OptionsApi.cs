using Kapman.Options.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Options.Apis;

/// <summary><c>GET /dealer-metrics</c> and <c>GET /contracts?underlying=SPY</c>; the latest session when none is given.</summary>
public static class OptionsApi
{
    /// <summary>Maps the endpoints; 400 (validation problem) when <c>/contracts</c> has no underlying.</summary>
    public static IEndpointRouteBuilder MapOptionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dealer-metrics", GetDealerMetrics).WithTags("Options");
        app.MapGet("/contracts", GetContracts).WithTags("Options");
        return app;
    }

    private static async Task<Ok<IEnumerable<DealerMetricsDto>>> GetDealerMetrics(DateOnly? session, OptionsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DealerMetricsAsync(session, ct));

    private static async Task<Results<Ok<IEnumerable<ContractDto>>, ValidationProblem>> GetContracts(
        string? underlying, DateOnly? session, OptionsQueries queries, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(underlying)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["underlying"] = ["underlying is required, e.g. SPY."] })
            : TypedResults.Ok(await queries.ContractsAsync(underlying.ToUpperInvariant(), session, ct));
}
