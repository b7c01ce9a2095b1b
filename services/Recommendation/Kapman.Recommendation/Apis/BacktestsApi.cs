using Kapman.Recommendation.Backtests;
using Kapman.Recommendation.Data;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// Backtests in the web UI (issue 19 item 5; docs/domain/decision-engine.md#backtesting). <c>POST /backtests</c> with a
/// <see cref="BacktestRequest"/> starts a run in the background (<see cref="BacktestJobs"/>) and answers 202 with its id and
/// location; it is mutating, so the gateway requires the API key and the service the gateway's credential. <c>GET /backtests</c>
/// lists the latest runs; <c>GET /backtests/{id}?page=P&amp;pageSize=N</c> answers the run with its report, equity and drawdown
/// series and a page of its trades. Bad input answers a validation problem (400), an unknown run a problem (404).
/// </summary>
public static class BacktestsApi
{
    /// <summary>Runs listed by <c>GET /backtests</c>.</summary>
    public const int ListLimit = 50;

    /// <summary>Default trades per page.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Largest page.</summary>
    public const int MaxPageSize = 1000;

    public static IEndpointRouteBuilder MapBacktestsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/backtests", StartBacktest).WithName("StartBacktest").WithSummary("Start a backtest run in the background").WithTags("Backtests");
        app.MapGet("/backtests", ListBacktests).WithName("ListBacktests").WithSummary("The latest backtest runs").WithTags("Backtests");
        app.MapGet("/backtests/{id:guid}", GetBacktest).WithName("GetBacktest").WithSummary("A backtest run with its report, series and trades").WithTags("Backtests");
        return app;
    }

    /// <summary>Validates the request and starts the run: 202 <c>{ id, status }</c> with its location, or a validation problem.</summary>
    public static async Task<IResult> StartBacktest(BacktestRequest? request, BacktestHistoryLoader history, BacktestJobs jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(jobs);
        var (settings, errors) = BacktestRequestValidation.Validate(request, history.HasBars);
        if (settings is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = await jobs.StartAsync(settings, request!.MinEvNet, ct);
        return TypedResults.Accepted($"backtests/{id:D}", new { id, status = "queued" });
    }

    /// <summary>The latest runs, newest first.</summary>
    public static async Task<IResult> ListBacktests(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(await BacktestQueries.ListAsync(connection, ListLimit, ct));
    }

    /// <summary>The run with its report, series and one page of trades; 400 on a bad page, 404 when unknown.</summary>
    public static async Task<IResult> GetBacktest(Guid id, int? page, int? pageSize, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be 1-{MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await BacktestQueries.FindAsync(connection, id, page ?? 1, pageSize ?? DefaultPageSize, ct) is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Backtest not found", detail: $"No backtest run {id:D}.");
    }
}
