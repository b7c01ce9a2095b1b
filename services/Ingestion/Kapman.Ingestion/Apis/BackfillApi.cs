using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Sources;
using Kapman.MarketData.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// Backfill of a range of session files (bars only; no pipeline events), each session stored whole or not at all (a
/// transaction may hold several new sessions, see <see cref="Loading.BackfillRunner"/>); sessions follow
/// the NYSE calendar, so a session without a file is missing and a file for a closed day is rejected.
/// <c>POST /backfill</c> loads synchronously and reloads every session; <c>POST /backfill/jobs</c> starts a background
/// job that skips loaded sessions unless <c>force</c>, and <c>GET /backfill/jobs/{id}</c> reports its progress.
/// A range ending after today (New York) is a 400 problem detail: no session file can exist for it yet.
/// </summary>
public static class BackfillApi
{
    private const int MaxDays = 3660;

    public static IEndpointRouteBuilder MapBackfillApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/backfill", BackfillAsync).WithTags("Ingestion").WithSummary("Load every session file in [from, to] and wait for the totals.");
        app.MapPost("/backfill/jobs", StartJob).WithTags("Ingestion")
            .WithSummary("Start a background backfill of [from, to] (source local|s3|polygon, force); 202 with the job, 200 when the same job is already running, 409 when another is.");
        app.MapGet("/backfill/jobs/{id:guid}", GetJob).WithTags("Ingestion").WithSummary("A backfill job's progress.");
        return app;
    }

    private static async Task<Results<Ok<BackfillResponse>, ValidationProblem>> BackfillAsync(
        BackfillRequest request, BackfillRunner runner, SessionSources sources, TimeProvider clock, CancellationToken ct)
    {
        if (Invalid(request.From, request.To, MarketToday.Of(clock)) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await runner.RunAsync(new BackfillPlan(request.From!.Value, request.To!.Value, Force: true), sources.Get(null), new BackfillProgress(), ct));
    }

    private static Results<Accepted<BackfillJobDto>, Ok<BackfillJobDto>, Conflict<BackfillJobDto>, ValidationProblem> StartJob(
        BackfillJobRequest request, BackfillJobs jobs, TimeProvider clock)
    {
        if (Invalid(request.From, request.To, MarketToday.Of(clock)) is { } problem)
        {
            return problem;
        }

        if (request.Source is { } name && !SessionSourceFactory.Names.Contains(name.Trim().ToLowerInvariant()))
        {
            return Problem("source", $"source '{name}' is not one of {string.Join(", ", SessionSourceFactory.Names)}.");
        }

        try
        {
            var (job, started, conflict) = jobs.Start(new BackfillPlan(request.From!.Value, request.To!.Value, request.Force ?? false), request.Source);
            return conflict ? TypedResults.Conflict(job.ToDto())
                : started ? TypedResults.Accepted($"/backfill/jobs/{job.Id}", job.ToDto())
                : TypedResults.Ok(job.ToDto());
        }
        catch (InvalidOperationException ex)
        {
            return Problem("source", ex.Message);
        }
    }

    private static Results<Ok<BackfillJobDto>, NotFound> GetJob(Guid id, BackfillJobs jobs) =>
        jobs.Get(id) is { } job ? TypedResults.Ok(job.ToDto()) : TypedResults.NotFound();

    private static ValidationProblem? Invalid(DateOnly? from, DateOnly? to, DateOnly today) =>
        from is not { } f || to is not { } t || t < f || t.DayNumber - f.DayNumber > MaxDays || f.Year < NyseCalendar.FirstYear || t.Year > NyseCalendar.LastYear
            ? Problem("range", $"from and to (yyyy-MM-dd) are required, with from <= to, at most {MaxDays} days apart, within {NyseCalendar.FirstYear}..{NyseCalendar.LastYear}.")
            : SessionDates.Problem(t, today) is { } problem ? Problem("to", problem)
            : null;

    private static ValidationProblem Problem(string key, string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [key] = [message] });
}
