namespace Kapman.Web.Clients;

/// <summary>Typed client for the Wyckoff service through the gateway (<c>/api/wyckoff</c>).</summary>
public sealed class WyckoffClient(HttpClient http)
{
    /// <summary>The signals the Today page lists as alerts: EXIT, PREPARE and ENTRY.</summary>
    public static readonly IReadOnlyList<string> AlertSignals = [WyckoffSnapshot.Exit, WyckoffSnapshot.Prepare, WyckoffSnapshot.Entry];

    /// <summary>Every ticker's scores and signal for a session (null: the latest session with data).</summary>
    public Task<GatewayResult<IReadOnlyList<WyckoffSnapshot>>> GetSnapshotsAsync(DateOnly? session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<WyckoffSnapshot>>(http, "/api/wyckoff/snapshots" + SessionQuery.For(session), cancellationToken);

    /// <summary>
    /// The session's snapshots (null: the latest session with data) whose signal is EXIT, PREPARE or ENTRY
    /// (<c>GET /snapshots?session=D&amp;signal=EXIT&amp;signal=PREPARE&amp;signal=ENTRY</c>): tens of rows instead of every
    /// ticker of the universe.
    /// </summary>
    public Task<GatewayResult<IReadOnlyList<WyckoffSnapshot>>> GetAlertingSnapshotsAsync(DateOnly? session, CancellationToken cancellationToken)
    {
        var query = SessionQuery.For(session);
        var signals = string.Join('&', AlertSignals.Select(s => "signal=" + s));
        return GatewayHttp.GetJsonAsync<IReadOnlyList<WyckoffSnapshot>>(
            http, "/api/wyckoff/snapshots" + (query.Length == 0 ? "?" : query + "&") + signals, cancellationToken);
    }

    /// <summary>
    /// The ticker's latest snapshot (<c>GET /snapshots/{ticker}</c>); Ok with a null value when the service has none
    /// for it (its 404), so a ticker without a snapshot reads as it did when picked out of every snapshot.
    /// </summary>
    public async Task<GatewayResult<WyckoffSnapshot?>> GetLatestAsync(string ticker, CancellationToken cancellationToken)
    {
        var result = await GatewayHttp.GetJsonAsync<WyckoffSnapshot>(http, $"/api/wyckoff/snapshots/{Uri.EscapeDataString(ticker)}", cancellationToken);
        return result.Outcome == GatewayOutcome.NotFound
            ? new GatewayResult<WyckoffSnapshot?>(GatewayOutcome.Ok, null, string.Empty)
            : new GatewayResult<WyckoffSnapshot?>(result.Outcome, result.Value, result.Detail);
    }

    /// <summary>
    /// The stored scores, signal, phase and events of <paramref name="ticker"/> from <paramref name="from"/> on, oldest
    /// first (<c>GET /snapshots/{ticker}/scores?from=</c>; the score signals are not in it, so those lists are null).
    /// </summary>
    public Task<GatewayResult<IReadOnlyList<WyckoffSnapshot>>> GetHistoryAsync(string ticker, DateOnly from, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<WyckoffSnapshot>>(
            http, $"/api/wyckoff/snapshots/{Uri.EscapeDataString(ticker)}/scores?from={from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
            cancellationToken);
}
