using System.Globalization;

namespace Kapman.Web.Clients;

/// <summary>Typed client for the ingestion service through the gateway (<c>/api/ingestion</c>).</summary>
public sealed class IngestionClient(HttpClient http)
{
    /// <summary>The newest pipeline run; <see cref="GatewayOutcome.NotFound"/> when no run exists yet.</summary>
    public Task<GatewayResult<PipelineRun>> GetLatestRunAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<PipelineRun>(http, "/api/ingestion/pipeline/runs/latest", cancellationToken);

    /// <summary>The newest <paramref name="limit"/> pipeline runs (1-200), newest first.</summary>
    public Task<GatewayResult<IReadOnlyList<PipelineRun>>> GetRecentRunsAsync(int limit, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<PipelineRun>>(
            http, "/api/ingestion/pipeline/runs?limit=" + limit.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>The rows quarantined while loading <paramref name="session"/>, by line number.</summary>
    public Task<GatewayResult<IReadOnlyList<QuarantinedRow>>> GetQuarantineAsync(DateOnly session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<QuarantinedRow>>(
            http, $"/api/ingestion/sessions/{session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/quarantine", cancellationToken);

    /// <summary>
    /// The rows quarantined for the newest pipeline run's session, with that session; <see cref="GatewayOutcome.NotFound"/> when no run
    /// exists yet.
    /// </summary>
    public Task<GatewayResult<SessionQuarantine>> GetLatestQuarantineAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<SessionQuarantine>(http, "/api/ingestion/sessions/latest/quarantine", cancellationToken);

    /// <summary>The daily schedule: on or off, its start time, next start, the session it waits for and its last run.</summary>
    public Task<GatewayResult<PipelineSchedule>> GetScheduleAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<PipelineSchedule>(http, "/api/ingestion/pipeline/schedule", cancellationToken);
}
