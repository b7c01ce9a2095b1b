namespace Kapman.Cli.History;

/// <summary>
/// A service's history job as <c>GET /api/&lt;service&gt;/history/jobs/{id}</c> reports it (the services' <c>HistoryJobDto</c>):
/// <c>Done</c> of <c>Total</c> units (<c>Unit</c>: tickers for metrics, sessions for Wyckoff), <c>Rows</c> written,
/// <c>ElapsedMs</c> on the server; <c>State</c> running, succeeded, failed or cancelled.
/// </summary>
internal sealed record HistoryJobStatus(
    Guid Id, DateOnly From, DateOnly To, string State, string Unit, int Total, int Done, long Rows, long ElapsedMs, string? Error);
