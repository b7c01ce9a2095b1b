namespace Kapman.Web.Clients;

/// <summary>Typed client for the recommendation service through the gateway (<c>/api/recommendation</c>).</summary>
public sealed class RecommendationClient(HttpClient http)
{
    /// <summary>Recommendations and no-trade decisions of a session (null: the latest session with data).</summary>
    public Task<GatewayResult<IReadOnlyList<Recommendation>>> GetRecommendationsAsync(DateOnly? session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<Recommendation>>(
            http, "/api/recommendation/recommendations" + SessionQuery.For(session), cancellationToken);
}
