namespace Kapman.Ingestion.Apis;

/// <summary>
/// The completeness of one stored session: rows and tickers stored, quarantined rows by reason code, tickers new and
/// vanished since the previous NYSE session (null when that session is not stored), and split suspects.
/// </summary>
public sealed record SessionReport(
    DateOnly SessionDate,
    int Rows,
    int Tickers,
    int Quarantined,
    IReadOnlyDictionary<string, int> QuarantinedByReason,
    bool IsSession,
    bool EarlyClose,
    DateOnly PreviousSession,
    IReadOnlyList<string>? NewTickers,
    IReadOnlyList<string>? VanishedTickers,
    IReadOnlyList<SplitSuspectDto> SplitSuspects);
