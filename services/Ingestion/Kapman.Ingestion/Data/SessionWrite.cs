using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Data;

/// <summary>One parsed session of a group written by <see cref="SessionWriter.WriteGroupAsync"/>.</summary>
/// <param name="Parsed">The session's validated rows.</param>
/// <param name="Source">Where they came from (recorded with the run and the quarantine rows).</param>
/// <param name="PreviousCloses">Ticker → close of the previous NYSE session when known in memory, else null (read from the table).</param>
/// <param name="Stored">True when the session has a loaded run, so rows of it may be stored (a forced reload): its group upserts.</param>
public sealed record SessionWrite(SessionFileParseResult Parsed, string Source, IReadOnlyDictionary<string, double>? PreviousCloses, bool Stored = false);
