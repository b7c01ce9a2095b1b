namespace Kapman.Ingestion.Core;

/// <summary>A rejected row, kept with its reason so nothing is lost.</summary>
/// <param name="LineNumber">1-based line in the file (the header is line 1).</param>
/// <param name="Ticker">The row's ticker text, as read (may be empty or invalid).</param>
/// <param name="Reason">One of <see cref="QuarantineReasons"/>.</param>
/// <param name="Detail">What exactly was wrong, with the values.</param>
/// <param name="RawLine">The line as it was in the file.</param>
public sealed record QuarantinedRow(int LineNumber, string Ticker, string Reason, string Detail, string RawLine);
