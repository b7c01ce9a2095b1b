using System.Text.RegularExpressions;
using Kapman.Ingestion.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// Portfolio CRUD under <c>/portfolios</c> (gateway: <c>/api/ingestion/portfolios</c>): list, create, read, rename,
/// delete, and tickers added (or re-prioritised) at P1 or P2 and removed.
/// </summary>
public static partial class PortfoliosApi
{
    /// <summary>Maps the portfolio endpoints.</summary>
    public static IEndpointRouteBuilder MapPortfoliosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/portfolios").WithTags("Portfolios");
        group.MapGet("/", GetPortfolios);
        group.MapPost("/", CreateAsync);
        group.MapGet("/{id:long}", GetPortfolio);
        group.MapPut("/{id:long}", RenameAsync);
        group.MapDelete("/{id:long}", DeleteAsync);
        group.MapPost("/{id:long}/tickers", AddTickerAsync);
        group.MapDelete("/{id:long}/tickers/{ticker}", RemoveTickerAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PortfolioDto>>> GetPortfolios(PortfolioStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct));

    private static async Task<Results<Ok<PortfolioDto>, NotFound>> GetPortfolio(long id, PortfolioStore store, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(long id, PortfolioStore store, CancellationToken ct) =>
        await store.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveTickerAsync(long id, string ticker, PortfolioStore store, CancellationToken ct) =>
        await store.RemoveTickerAsync(id, ticker, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Created<PortfolioDto>, Conflict, ValidationProblem>> CreateAsync(PortfolioRequest request, PortfolioStore store, CancellationToken ct)
    {
        if (NameProblem(request.Name) is { } problem)
        {
            return problem;
        }

        return await store.CreateAsync(request.Name!.Trim(), ct) is { } created ? TypedResults.Created($"/portfolios/{created.Id}", created) : TypedResults.Conflict();
    }

    private static async Task<Results<Ok<PortfolioDto>, NotFound, ValidationProblem>> RenameAsync(long id, PortfolioRequest request, PortfolioStore store, CancellationToken ct)
    {
        if (NameProblem(request.Name) is { } problem)
        {
            return problem;
        }

        return await store.RenameAsync(id, request.Name!.Trim(), ct) ? TypedResults.Ok((await store.GetAsync(id, ct))!) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<PortfolioDto>, NotFound, ValidationProblem>> AddTickerAsync(long id, PortfolioTickerRequest request, PortfolioStore store, CancellationToken ct)
    {
        if (request.Ticker is not { } ticker || !TickerFormat().IsMatch(ticker) || request.Priority is not ("P1" or "P2"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ticker"] = ["ticker (e.g. AAPL, BRK.B) and priority P1 or P2 are required."] });
        }

        return await store.UpsertTickerAsync(id, ticker, request.Priority, ct) ? TypedResults.Ok((await store.GetAsync(id, ct))!) : TypedResults.NotFound();
    }

    private static ValidationProblem? NameProblem(string? name) => string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["name is required, 1-100 characters."] })
        : null;

    [GeneratedRegex("^[A-Z][A-Za-z0-9.\\-]{0,11}$")]
    private static partial Regex TickerFormat();
}
