using Kapman.Options.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Options.Apis;

/// <summary>
/// <c>GET /dealer-metrics</c> and <c>GET /contracts?underlying=SPY</c> (the latest session when none is given), and
/// <c>GET /chains/coverage?session=yyyy-MM-dd</c>: what the options stage found for each wanted underlying and each snapshot read.
/// </summary>
public static class OptionsApi
{
    /// <summary>Maps the endpoints; 400 (validation problem) when <c>/contracts</c> has no underlying.</summary>
    public static IEndpointRouteBuilder MapOptionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dealer-metrics", GetDealerMetrics).WithTags("Options");
        app.MapGet("/contracts", GetContracts).WithTags("Options");
        app.MapGet("/chains/coverage", GetCoverage).WithTags("Options")
            .WithSummary("Per underlying: why its chain is wanted, STORED / SKIPPED / NO_SOURCE, the source, contracts stored and the reason");
        return app;
    }

    private static async Task<Ok<IEnumerable<DealerMetricsDto>>> GetDealerMetrics(DateOnly? session, OptionsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DealerMetricsAsync(session, ct));

    private static async Task<Results<Ok<IEnumerable<ContractDto>>, ValidationProblem>> GetContracts(
        string? underlying, DateOnly? session, OptionsQueries queries, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(underlying)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["underlying"] = ["underlying is required, e.g. SPY."] })
            : TypedResults.Ok(await queries.ContractsAsync(underlying.ToUpperInvariant(), session, ct));

    private static async Task<Results<Ok<IReadOnlyList<Chains.ChainCoverageRow>>, ValidationProblem>> GetCoverage(
        DateOnly? session, ChainCoverageStore store, CancellationToken ct) =>
        session is { } day
            ? TypedResults.Ok(await store.ForSessionAsync(day, ct))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["session"] = ["session (yyyy-MM-dd) is required."] });
}
