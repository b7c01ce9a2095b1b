using Kapman.Recommendation.Generation;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// <c>POST /recommendations/generate?session=D</c>: (re)generates the session's recommendations now, as the
/// pipeline would, under a new run id (behind the gateway's API key, like every mutating /api call).
/// </summary>
public static class GenerateApi
{
    public static IEndpointRouteBuilder MapGenerateApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/recommendations/generate", async (DateOnly session, ServiceDatabase database, RecommendationGenerator generator, CancellationToken ct) =>
        {
            // The model is asked before the transaction opens: a call may take up to its timeout.
            IReadOnlyList<JustifiedDecision> decisions;
            await using (var connection = await database.DataSource.OpenConnectionAsync(ct))
            {
                decisions = await generator.DecideAsync(connection, session, ct);
            }

            await using var tx = await database.BeginAsync(ct);
            var (issued, noTrade) = await RecommendationGenerator.WriteAsync(tx, Guid.CreateVersion7(), session, decisions, ct);
            await tx.CommitAsync(ct);
            return TypedResults.Ok(new { session, issued, noTrade });
        }).WithTags("Recommendations");
        return app;
    }
}
