namespace Kapman.Web.Clients;

/// <summary>Probes each service's readiness with <c>GET /api/&lt;service&gt;/health</c> through the gateway.</summary>
public sealed class HealthClient(HttpClient http)
{
    /// <summary>The health of every service in <see cref="KapmanServices.All"/>, probed in parallel, in that order.</summary>
    public async Task<IReadOnlyList<ServiceHealth>> CheckAllAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(KapmanServices.All.Select(service => CheckAsync(service, cancellationToken)));

    /// <summary>
    /// The health of one service: 2xx is healthy; a 5xx the gateway itself produced (it could not reach the
    /// service) or no answer at all is unreachable; any other status is unhealthy.
    /// </summary>
    public async Task<ServiceHealth> CheckAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"/api/{service}/health", UriKind.Relative), cancellationToken);
            var detail = $"HTTP {(int)response.StatusCode}";
            return response.IsSuccessStatusCode ? new ServiceHealth(service, HealthState.Healthy, string.Empty)
                : GatewayHttp.IsGatewayError(response) ? new ServiceHealth(service, HealthState.Unreachable, "gateway: " + detail)
                : new ServiceHealth(service, HealthState.Unhealthy, detail);
        }
        catch (HttpRequestException ex)
        {
            return new ServiceHealth(service, HealthState.Unreachable, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ServiceHealth(service, HealthState.Unreachable, "timed out");
        }
    }
}
