namespace Kapman.Ingestion.Apis;

/// <summary>
/// The completeness of a session range: NYSE sessions in [From, To], those loaded, those missing (no successful
/// load: no file or never attempted), files rejected (with the reason, including files for non-sessions), stored
/// rows and quarantined rows by reason code, and split suspects.
/// </summary>
public sealed record RangeReport(
    DateOnly From,
    DateOnly To,
    int Sessions,
    int Loaded,
    IReadOnlyList<DateOnly> Missing,
    IReadOnlyList<RejectedFileDto> Rejected,
    long Rows,
    int Quarantined,
    IReadOnlyDictionary<string, int> QuarantinedByReason,
    IReadOnlyList<SplitSuspectDto> SplitSuspects);
