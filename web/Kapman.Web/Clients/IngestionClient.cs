namespace Kapman.Web.Clients;

/// <summary>Typed client for the ingestion service through the gateway (<c>/api/ingestion</c>).</summary>
public sealed class IngestionClient(HttpClient http)
{
    /// <summary>The newest pipeline run; <see cref="GatewayOutcome.NotFound"/> when no run exists yet.</summary>
    public Task<GatewayResult<PipelineRun>> GetLatestRunAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<PipelineRun>(http, "/api/ingestion/pipeline/runs/latest", cancellationToken);
}
