using System.Diagnostics;
using Kapman.Ingestion.Loading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary><c>POST /backfill</c>: loads a range of session files (bars only; no pipeline events), one transaction per session.</summary>
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
        if (request.From is not { } from || request.To is not { } to || to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["range"] = [$"from and to (yyyy-MM-dd) are required, with from <= to and at most {MaxDays} days apart."],
            });
        }

        var watch = Stopwatch.StartNew();
        int sessions = 0, missing = 0, rejected = 0, rows = 0, inserted = 0, quarantined = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            await using var tx = await database.BeginAsync(ct);
            var result = await loader.LoadAsync(day, tx, ct);
            await tx.CommitAsync(ct);
            switch (result.Status)
            {
                case "loaded":
                    sessions++;
                    break;
                case "missing":
                    missing++;
                    break;
                default:
                    rejected++;
                    break;
            }

            rows += result.Rows;
            inserted += result.Inserted;
            quarantined += result.Quarantined;
        }

        return TypedResults.Ok(new BackfillResponse(sessions, missing, rejected, rows, inserted, quarantined, watch.ElapsedMilliseconds));
    }
}
