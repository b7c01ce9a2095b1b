using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Loading;

/// <summary>A session file read from disk: parsed, missing, or rejected whole with the reason.</summary>
public sealed record SessionFileReadResult(DateOnly SessionDate, string Source, SessionFileParseResult? Parsed, bool Missing, string? RejectionReason);
