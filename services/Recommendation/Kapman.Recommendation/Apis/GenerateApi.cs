using Kapman.Recommendation.Application;
using Kapman.Recommendation.Decisions;
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
        app.MapPost("/recommendations/generate", Generate).WithName("GenerateRecommendations").WithSummary("Generate a session's recommendations now").WithTags("Recommendations");
        return app;
    }

    /// <summary>
    /// Decides, justifies and stores the session's recommendations and the decision core's candidates; answers
    /// <c>{ session, issued, noTrade, candidates, accepted }</c> (issued and noTrade count the Wyckoff-driven rows).
    /// </summary>
    public static async Task<IResult> Generate(DateOnly session, ServiceDatabase database, RecommendationGenerator generator, DecisionRunner gates, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(generator);
        // The model is asked before the transaction opens: a call may take up to its timeout.
        var decisions = await RecommendationJoin.DecideAsync(database, generator, gates, session, ct);
        await using var tx = await database.BeginAsync(ct);
        var runId = Guid.CreateVersion7();
        var (issued, noTrade) = await RecommendationGenerator.WriteAsync(tx, runId, session, decisions.Recommendations, ct);
        var accepted = await GateDecisionWriter.WriteAsync(tx, runId, session, decisions.Gates, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(new { session, issued, noTrade, candidates = decisions.Gates.Count, accepted });
    }
}
