using Kapman.Recommendation.Core.Outcomes;
using Kapman.Recommendation.Outcomes;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// <c>POST /recommendations/evaluate?asOf=D</c> (on-demand evaluation job; default today UTC; an asOf before 1998 or after today
/// is a 400 problem detail, see <see cref="EvaluationDate"/>),
/// <c>GET /recommendations/{id}/outcome</c>, and <c>GET /recommendations/accuracy</c> (hit rate, mean Brier and
/// Brier skill against the climatological base rate, overall / by phase / strategy / signal, and the reliability table).
/// </summary>
public static class OutcomesApi
{
    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/recommendations/evaluate", async Task<IResult> (DateOnly? asOf, OutcomeEvaluationService evaluation, TimeProvider clock, CancellationToken ct) =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (asOf is { } date && EvaluationDate.Problem(date, today) is { } problem)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = [problem] });
            }

            return TypedResults.Ok(new { evaluated = await evaluation.EvaluateAsync(asOf ?? today, ct) });
        }).WithTags("Recommendations");

        app.MapGet("/recommendations/{id:guid}/outcome", async Task<IResult> (Guid id, NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return await OutcomeStore.LatestAsync(connection, id, ct) is { } outcome ? TypedResults.Ok(outcome) : TypedResults.NotFound();
        }).WithTags("Recommendations");

        app.MapGet("/recommendations/accuracy", async (NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return TypedResults.Ok(AccuracyAggregator.Summarize(await OutcomeStore.ScoredCallsAsync(connection, ct)));
        }).WithTags("Recommendations");
        return app;
    }
}
