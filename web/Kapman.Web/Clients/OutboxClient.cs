namespace Kapman.Web.Clients;

/// <summary>
/// Reads each service's failed outbox rows through the gateway (<c>GET /api/&lt;service&gt;/outbox/failed</c>), so the web
/// never reads another service's schema.
/// </summary>
public sealed class OutboxClient(HttpClient http)
{
    /// <summary>Failed rows listed per service at most.</summary>
    public const int Limit = 20;

    /// <summary>For every service in <see cref="KapmanServices.All"/>, its failed outbox rows, newest first; never throws for network, HTTP or JSON errors.</summary>
    public async Task<IReadOnlyDictionary<string, GatewayResult<IReadOnlyList<FailedOutboxEvent>>>> GetFailedAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(KapmanServices.All.Select(service =>
            GatewayHttp.GetJsonAsync<IReadOnlyList<FailedOutboxEvent>>(http, $"/api/{service}/outbox/failed?limit={Limit}", cancellationToken)));
        return KapmanServices.All.Zip(results).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
