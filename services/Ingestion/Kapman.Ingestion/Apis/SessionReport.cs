namespace Kapman.Ingestion.Apis;

/// <summary>Rows and tickers stored for a session, and quarantined rows by reason code.</summary>
public sealed record SessionReport(DateOnly SessionDate, int Rows, int Tickers, int Quarantined, IReadOnlyDictionary<string, int> QuarantinedByReason);
