using Kapman.Recommendation.Application;
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

    /// <summary>Decides, justifies and stores the session's recommendations; answers <c>{ session, issued, noTrade }</c>.</summary>
    public static async Task<IResult> Generate(DateOnly session, ServiceDatabase database, RecommendationGenerator generator, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(generator);
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
    }
}
