using Kapman.Ingestion.Data;
using Kapman.Ingestion.Pipeline.Schedule;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kapman.Ingestion.Apis;

/// <summary><c>GET /pipeline/schedule</c>: the unattended daily run's settings, next start, the session it waits for and its last run.</summary>
public static class ScheduleApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapScheduleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/pipeline/schedule", GetScheduleAsync).WithTags("Pipeline")
            .WithSummary("The daily schedule: enabled, start time (New York), next start and waiting session (UTC), last scheduled run");
        return app;
    }

    private static async Task<Ok<ScheduleStatus>> GetScheduleAsync(
        IOptions<ScheduleOptions> options, DailyScheduler scheduler, PipelineRunStore runs, CancellationToken ct)
    {
        var pass = scheduler.LastPass;
        return TypedResults.Ok(new ScheduleStatus(
            options.Value.Enabled, options.Value.StartAt, pass?.NextStart, pass?.WaitingFor, pass?.CheckedAt, pass?.Error, await runs.LastScheduledRunAsync("daily", ct),
            options.Value.WeeklyOn, options.Value.AlertAt, await runs.LastScheduledRunAsync("weekly", ct)));
    }
}
