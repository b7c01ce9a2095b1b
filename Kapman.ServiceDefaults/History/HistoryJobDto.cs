namespace Kapman.ServiceDefaults.History;

/// <summary>
/// A history job as <c>GET /history/jobs/{id}</c> shows it. <c>State</c>: <c>running</c>, <c>succeeded</c>, <c>failed</c>
/// (<c>Error</c> says why; start it again: the computation is idempotent) or <c>cancelled</c> (the service stopped).
/// <c>Done</c> of <c>Total</c> units (<c>Unit</c>: tickers or sessions) are committed; <c>Rows</c> snapshots written;
/// <c>ElapsedMs</c> since the job started (milliseconds).
/// </summary>
public sealed record HistoryJobDto(
    Guid Id, DateOnly From, DateOnly To, string State, string Unit, int Total, int Done, long Rows, long ElapsedMs, string? Error);
