namespace Kapman.Ingestion.Core;

/// <summary>The outcome of reading one session file: the good bars and the quarantined rows.</summary>
public sealed record SessionFileParseResult(DateOnly SessionDate, IReadOnlyList<DailyBar> Bars, IReadOnlyList<QuarantinedRow> Quarantined);
