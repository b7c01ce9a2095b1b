namespace Kapman.Web.Clients;

/// <summary>Typed client for the Wyckoff service through the gateway (<c>/api/wyckoff</c>).</summary>
public sealed class WyckoffClient(HttpClient http)
{
    /// <summary>Alerts of a session (null: the latest session with data).</summary>
    public Task<GatewayResult<IReadOnlyList<WyckoffAlert>>> GetAlertsAsync(DateOnly? session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<WyckoffAlert>>(http, "/api/wyckoff/alerts" + SessionQuery.For(session), cancellationToken);
}
