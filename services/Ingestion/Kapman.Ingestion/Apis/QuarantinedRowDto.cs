namespace Kapman.Ingestion.Apis;

/// <summary>A quarantined row as the API returns it.</summary>
public sealed record QuarantinedRowDto(int LineNumber, string Ticker, string Reason, string Detail, string RawLine, string Source);
