using Kapman.Ingestion.Application;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Pipeline;
using Kapman.MarketData.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// <c>/pipeline/runs</c>: start the daily pipeline and follow its stages. A start for a weekend, a year outside the NYSE
/// calendar or a date after today (New York) is a 400 problem detail.
/// </summary>
public static class PipelineApi
{
    /// <summary>Maps the run endpoints; 404 for an unknown run or when there is none yet.</summary>
    public static IEndpointRouteBuilder MapPipelineApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/pipeline/runs").WithTags("Pipeline");
        runs.MapPost("/", StartAsync).WithSummary("Start the daily pipeline for a session; returns 202 with the run id.");
        runs.MapGet("/", GetRecentRuns);
        runs.MapGet("/latest", GetLatestRun);
        runs.MapGet("/{runId:guid}", GetRun);
        return app;
    }

    private static async Task<Results<Accepted<StartRunResponse>, ValidationProblem>> StartAsync(
        StartRunRequest request, RunKeeper keeper, TimeProvider clock, CancellationToken ct)
    {
        if (request.SessionDate is not { } session)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sessionDate"] = ["sessionDate (yyyy-MM-dd) is required."] });
        }

        // A year the calendar does not cover would fail every stage and end in _error; a date after today has not traded yet.
        if (SessionDates.Problem(session, MarketToday.Of(clock)) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sessionDate"] = [problem] });
        }

        if (session.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sessionDate"] = [$"{session:yyyy-MM-dd} is a weekend, not an NYSE session."] });
        }

        var runId = await keeper.StartAsync(session, string.IsNullOrWhiteSpace(request.Scope) ? "all" : request.Scope, ct);
        return TypedResults.Accepted($"/pipeline/runs/{runId}", new StartRunResponse(runId));
    }

    private static async Task<Ok<IReadOnlyList<PipelineRunDto>>> GetRecentRuns(PipelineRunStore store, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await store.RecentAsync(Math.Clamp(limit ?? 20, 1, 200), null, ct));

    private static async Task<Results<Ok<PipelineRunDto>, NotFound>> GetLatestRun(PipelineRunStore store, CancellationToken ct) =>
        (await store.RecentAsync(1, "daily", ct)) is [var run] ? TypedResults.Ok(run) : TypedResults.NotFound();

    private static async Task<Results<Ok<PipelineRunDto>, NotFound>> GetRun(Guid runId, PipelineRunStore store, CancellationToken ct) =>
        await store.GetAsync(runId, ct) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound();
}
