using Kapman.Ingestion.Data;
using Kapman.MarketData.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// <c>/sessions?from&amp;to</c> (range completeness), <c>/sessions/{date}/report</c> (one session's completeness) and
/// <c>/sessions/{date}/quarantine</c> (its rejected rows with reasons) and <c>/sessions/latest/quarantine</c> (those of the newest run's
/// session, with that session: the Ops page's default, in one call instead of the runs and then the rows).
/// </summary>
public static class SessionsApi
{
    private const int MaxDays = 3660;

    /// <summary>Maps the session endpoints.</summary>
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sessions", RangeAsync).WithTags("Ingestion").WithSummary("Completeness of the NYSE sessions in [from, to].");
        app.MapGet("/sessions/{date}/report", ReportAsync).WithTags("Ingestion");
        app.MapGet("/sessions/{date}/quarantine", QuarantineAsync).WithTags("Ingestion");
        app.MapGet("/sessions/latest/quarantine", LatestQuarantineAsync).WithTags("Ingestion")
            .WithSummary("The rows quarantined for the newest pipeline run's session, with that session; 404 when no run exists.");
        return app;
    }

    private static async Task<Results<Ok<RangeReport>, ValidationProblem>> RangeAsync(DateOnly? from, DateOnly? to, CompletenessStore store, CancellationToken ct)
    {
        if (from is not { } f || to is not { } t || t < f || t.DayNumber - f.DayNumber > MaxDays || f.Year < NyseCalendar.FirstYear || t.Year > NyseCalendar.LastYear)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["range"] = [$"from and to (yyyy-MM-dd) are required, with from <= to, at most {MaxDays} days apart, within {NyseCalendar.FirstYear}..{NyseCalendar.LastYear}."],
            });
        }

        return TypedResults.Ok(await store.RangeAsync(f, t, ct));
    }

    private static async Task<Results<Ok<SessionReport>, NotFound>> ReportAsync(DateOnly date, CompletenessStore store, CancellationToken ct) =>
        await store.SessionAsync(date, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<Results<Ok<SessionQuarantineDto>, NotFound>> LatestQuarantineAsync(
        PipelineRunStore runs, CompletenessStore store, CancellationToken ct) =>
        await runs.LatestRunSessionAsync(ct) is { } session
            ? TypedResults.Ok(new SessionQuarantineDto(session, [.. await store.QuarantineAsync(session, ct)]))
            : TypedResults.NotFound();

    private static async Task<Ok<IEnumerable<QuarantinedRowDto>>> QuarantineAsync(DateOnly date, CompletenessStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.QuarantineAsync(date, ct));
}
