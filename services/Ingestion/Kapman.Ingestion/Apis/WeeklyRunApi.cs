using Kapman.Ingestion.Application;
using Kapman.MarketData.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// <c>POST /pipeline/weekly-runs</c> with <c>{"sessionDate": "yyyy-MM-dd"}</c>: starts the weekly run (outcome evaluation and retention,
/// issue 22) of an NYSE session by hand; 202 with the run id (follow it at <c>/pipeline/runs/{id}</c>), 409 when the session has one, 400 for
/// a date that is not a session or is after today (New York).
/// </summary>
public static class WeeklyRunApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapWeeklyRunApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/pipeline/weekly-runs", StartAsync).WithTags("Pipeline")
            .WithSummary("Start the weekly run (outcome evaluation and retention) of a session; returns 202 with the run id.");
        return app;
    }

    private static async Task<Results<Accepted<StartRunResponse>, Conflict<string>, ValidationProblem>> StartAsync(
        StartRunRequest request, ScheduleKeeper keeper, TimeProvider clock, CancellationToken ct)
    {
        if (request.SessionDate is not { } session)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sessionDate"] = ["sessionDate (yyyy-MM-dd) is required."] });
        }

        if (SessionDates.Problem(session, MarketToday.Of(clock)) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sessionDate"] = [problem] });
        }

        if (!NyseCalendar.IsSession(session))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sessionDate"] = [$"{session:yyyy-MM-dd} is not an NYSE session."] });
        }

        return await keeper.StartWeeklyAsync(session, ct) is { } runId
            ? TypedResults.Accepted($"/pipeline/runs/{runId}", new StartRunResponse(runId))
            : TypedResults.Conflict($"{session:yyyy-MM-dd} already has a weekly run.");
    }
}
