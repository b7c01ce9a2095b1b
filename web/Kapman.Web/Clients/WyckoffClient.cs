namespace Kapman.Web.Clients;

/// <summary>Typed client for the Wyckoff service through the gateway (<c>/api/wyckoff</c>).</summary>
public sealed class WyckoffClient(HttpClient http)
{
    /// <summary>Every ticker's scores and signal for a session (null: the latest session with data).</summary>
    public Task<GatewayResult<IReadOnlyList<WyckoffSnapshot>>> GetSnapshotsAsync(DateOnly? session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<WyckoffSnapshot>>(http, "/api/wyckoff/snapshots" + SessionQuery.For(session), cancellationToken);

    /// <summary>The stored snapshots of <paramref name="ticker"/> from <paramref name="from"/> on, oldest first (<c>GET /snapshots/{ticker}/history?from=</c>).</summary>
    public Task<GatewayResult<IReadOnlyList<WyckoffSnapshot>>> GetHistoryAsync(string ticker, DateOnly from, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<WyckoffSnapshot>>(
            http, $"/api/wyckoff/snapshots/{Uri.EscapeDataString(ticker)}/history?from={from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
            cancellationToken);
}
