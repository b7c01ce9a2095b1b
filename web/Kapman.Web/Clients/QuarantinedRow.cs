namespace Kapman.Web.Clients;

/// <summary>A row ingestion set aside (ingestion API <c>GET /sessions/{date}/quarantine</c>).</summary>
/// <param name="LineNumber">1-based line in the session file.</param>
/// <param name="Ticker">Ticker of the row, as read.</param>
/// <param name="Reason">Validation rule that failed, e.g. HIGH_BELOW_LOW.</param>
/// <param name="Detail">Human-readable detail.</param>
/// <param name="RawLine">The line as it was in the file.</param>
/// <param name="Source">The file the row came from.</param>
public sealed record QuarantinedRow(int LineNumber, string Ticker, string Reason, string Detail, string RawLine, string Source);
