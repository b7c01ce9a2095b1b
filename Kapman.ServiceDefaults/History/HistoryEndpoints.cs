using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kapman.ServiceDefaults.History;

/// <summary>
/// History on demand (issue 22 item 2): <c>POST /history/compute</c> with <see cref="HistoryComputeRequest"/> starts a
/// background job computing the service's analytical layer for every session of the range (through the gateway
/// <c>POST /api/&lt;service&gt;/history/compute</c> with the API key; a mutating call like the others): 202 with the job
/// (<see cref="HistoryJobDto"/>), 200 when the same range is already running, 409 when another is, 400 for a bad range.
/// <c>GET /history/jobs/{id}</c> reports its progress (404 when unknown).
/// </summary>
public static class HistoryEndpoints
{
    /// <summary>Longest range accepted, calendar days (ten years).</summary>
    public const int MaxDays = 3660;

    /// <summary>Registers <typeparamref name="TComputer"/> as the service's <see cref="IHistoryComputer"/> and the job runner.</summary>
    public static IHostApplicationBuilder AddKapmanHistory<TComputer>(this IHostApplicationBuilder builder)
        where TComputer : class, IHistoryComputer
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IHistoryComputer, TComputer>();
        builder.Services.AddSingleton<HistoryJobs>();
        return builder;
    }

    /// <summary>Maps the two endpoints.</summary>
    public static IEndpointRouteBuilder MapHistoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/history/compute", Start).WithName("ComputeHistory")
            .WithSummary("Compute the analytical layer for every session in [from, to] in the background; 202 with the job").WithTags("History");
        app.MapGet("/history/jobs/{id:guid}", Get).WithName("GetHistoryJob").WithSummary("A history job's progress").WithTags("History");
        return app;
    }

    /// <summary>Starts (or joins) a job; see the type's summary for the answers.</summary>
    public static Results<Accepted<HistoryJobDto>, Ok<HistoryJobDto>, Conflict<HistoryJobDto>, ValidationProblem> Start(HistoryComputeRequest? request, HistoryJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (request is not { From: { } from, To: { } to } || to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["range"] = [$"from and to (yyyy-MM-dd) are required, with from <= to, at most {MaxDays} days apart."],
            });
        }

        var (job, started, conflict) = jobs.Start(from, to);
        return conflict ? TypedResults.Conflict(job.ToDto())
            : started ? TypedResults.Accepted($"/history/jobs/{job.Id}", job.ToDto())
            : TypedResults.Ok(job.ToDto());
    }

    /// <summary>The job's progress, or 404.</summary>
    public static Results<Ok<HistoryJobDto>, NotFound> Get(Guid id, HistoryJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return jobs.Get(id) is { } job ? TypedResults.Ok(job.ToDto()) : TypedResults.NotFound();
    }
}
