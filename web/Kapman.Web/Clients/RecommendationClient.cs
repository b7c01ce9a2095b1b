namespace Kapman.Web.Clients;

/// <summary>Typed client for the recommendation service through the gateway (<c>/api/recommendation</c>).</summary>
public sealed class RecommendationClient(HttpClient http)
{
    /// <summary>Recommendations and no-trade decisions of a session (null: the latest session with data).</summary>
    public Task<GatewayResult<IReadOnlyList<Recommendation>>> GetRecommendationsAsync(DateOnly? session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<Recommendation>>(
            http, "/api/recommendation/recommendations" + SessionQuery.For(session), cancellationToken);

    /// <summary>One recommendation with legs and outcome; <see cref="GatewayOutcome.NotFound"/> when unknown.</summary>
    public Task<GatewayResult<RecommendationDetail>> GetDetailAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<RecommendationDetail>(http, $"/api/recommendation/recommendations/{id:D}", cancellationToken);

    /// <summary>The gate trail behind a recommendation; <see cref="GatewayOutcome.NotFound"/> when unknown.</summary>
    public Task<GatewayResult<RecommendationTrail>> GetTrailAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<RecommendationTrail>(http, $"/api/recommendation/recommendations/{id:D}/trail", cancellationToken);

    /// <summary>The decision core's candidates of a session (null: the latest decided) with their trails.</summary>
    public Task<GatewayResult<IReadOnlyList<Decision>>> GetDecisionsAsync(DateOnly? session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<Decision>>(http, "/api/recommendation/decisions" + SessionQuery.For(session), cancellationToken);

    /// <summary>Brier and hit rate overall and by phase, strategy and signal, with the reliability table.</summary>
    public Task<GatewayResult<AccuracySummary>> GetAccuracyAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<AccuracySummary>(http, "/api/recommendation/recommendations/accuracy", cancellationToken);

    /// <summary>The latest walk-forward calibration parameter set (<c>GET /calibration</c>): which signals show no edge.</summary>
    public Task<GatewayResult<CalibrationSet>> GetCalibrationAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<CalibrationSet>(http, "/api/recommendation/calibration", cancellationToken);

    /// <summary>Option-level outcomes overall (key ALL) and by strategy; empty before any mark.</summary>
    public Task<GatewayResult<IReadOnlyList<OptionAccuracyGroup>>> GetOptionAccuracyAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<OptionAccuracyGroup>>(http, "/api/recommendation/recommendations/accuracy/options", cancellationToken);
}
