using Kapman.Ingestion.Core.Calendar;
using Kapman.Ingestion.Loading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary><c>POST /backfill</c>: loads a range of session files (bars only; no pipeline events), one transaction per session;
/// sessions follow the NYSE calendar, so a session without a file is missing and a file for a closed day is rejected.</summary>
public static class BackfillApi
{
    private const int MaxDays = 3660;

    public static IEndpointRouteBuilder MapBackfillApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/backfill", BackfillAsync).WithTags("Ingestion").WithSummary("Load every session file in [from, to].");
        return app;
    }

    private static async Task<Results<Ok<BackfillResponse>, ValidationProblem>> BackfillAsync(
        BackfillRequest request, ServiceDatabase database, SessionLoader loader, CancellationToken ct)
    {
        if (request.From is not { } from || request.To is not { } to || to < from || to.DayNumber - from.DayNumber > MaxDays
            || from.Year < NyseCalendar.FirstYear || to.Year > NyseCalendar.LastYear)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["range"] = [$"from and to (yyyy-MM-dd) are required, with from <= to, at most {MaxDays} days apart, within {NyseCalendar.FirstYear}..{NyseCalendar.LastYear}."],
            });
        }

        return TypedResults.Ok(await new BackfillRunner(database, loader).RunAsync(from, to, ct));
    }
}
