namespace Kapman.Cli.Api;

/// <summary>Body of <c>GET /api/ingestion/sessions/{date}/report</c>.</summary>
/// <param name="SessionDate">The session.</param>
/// <param name="Rows">Bars stored for it.</param>
/// <param name="Tickers">Distinct tickers stored.</param>
/// <param name="Quarantined">Rows rejected.</param>
/// <param name="QuarantinedByReason">Rejections per reason code, e.g. OHLC_INVARIANT.</param>
internal sealed record SessionReport(
    DateOnly SessionDate, long Rows, long Tickers, long Quarantined, IReadOnlyDictionary<string, long>? QuarantinedByReason);
