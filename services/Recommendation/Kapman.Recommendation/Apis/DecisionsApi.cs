using System.Globalization;
using Kapman.Recommendation.Data;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// The decision core's gate trails (docs/domain/decision-engine.md#the-daily-run). <c>GET /decisions?session=D&amp;stage=X&amp;accepted=B</c>:
/// every candidate of a session (default the latest decided) with its verdict, first failing stage and full trail.
/// <c>GET /recommendations/{id}/trail</c>: the trail behind a recommendation (see <see cref="DecisionQueries.ForRecommendationAsync"/>).
/// Bad input answers a validation problem (400), an unknown recommendation a problem (404).
/// </summary>
public static class DecisionsApi
{
    private static readonly string[] Stages = ["A", "B", "C", "D", "E", "F", "G", "H"];

    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/decisions", GetDecisions).WithName("GetDecisions").WithSummary("The decision core's candidates of a session with their gate trails").WithTags("Decisions");
        app.MapGet("/recommendations/{id:guid}/trail", GetTrail).WithName("GetRecommendationTrail").WithSummary("The gate trail behind a recommendation").WithTags("Decisions");
        return app;
    }

    /// <summary>The session's candidates; 400 on a malformed session date, stage letter or accepted flag.</summary>
    public static async Task<IResult> GetDecisions(string? session, string? stage, string? accepted, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var errors = new Dictionary<string, string[]>();
        DateOnly? date = null;
        if (!string.IsNullOrEmpty(session))
        {
            if (DateOnly.TryParseExact(session, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors["session"] = [$"session '{session}' is not a date (yyyy-MM-dd)."];
            }
        }

        var letter = string.IsNullOrEmpty(stage) ? null : stage.ToUpperInvariant();
        if (letter is not null && !Stages.Contains(letter))
        {
            errors["stage"] = [$"stage '{stage}' is not one of A-H."];
        }

        bool? onlyAccepted = null;
        if (!string.IsNullOrEmpty(accepted))
        {
            if (bool.TryParse(accepted, out var flag))
            {
                onlyAccepted = flag;
            }
            else
            {
                errors["accepted"] = [$"accepted '{accepted}' is not true or false."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(await DecisionQueries.ListAsync(connection, date, letter, onlyAccepted, ct));
    }

    /// <summary>The recommendation's trail: <see cref="RecommendationTrail"/>; a 404 problem when the recommendation is unknown.</summary>
    public static async Task<IResult> GetTrail(Guid id, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await RecommendationQueries.FindAsync(connection, id, ct) is not { } row)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Recommendation not found", detail: $"No recommendation {id:D}.");
        }

        var decisions = await DecisionQueries.ForRecommendationAsync(connection, id, ct);
        var own = decisions.FirstOrDefault(d => d.RecommendationId == id);
        return TypedResults.Ok(new RecommendationTrail(id, row.Ticker, row.SessionDate, own is not null, decisions));
    }
}
