namespace Kapman.Ingestion.Loading;

/// <summary>What one session load did.</summary>
/// <param name="Status"><c>loaded</c>, <c>missing</c> (a session without a file), <c>rejected</c> (unreadable, or a file for a non-session) <c>failed</c> (the source stayed unreachable after its retries) or <c>closed</c> (not a session, no file).</param>
/// <param name="Rows">Valid rows in the file (now stored).</param>
/// <param name="Inserted">Rows new to <c>daily_bars</c> (0 on a rerun of the same file).</param>
/// <param name="Quarantined">Rows quarantined with a reason.</param>
/// <param name="Tickers">Distinct tickers stored.</param>
public sealed record SessionLoadResult(DateOnly SessionDate, string Source, string Status, int Rows, int Inserted, int Quarantined, int Tickers, string? Error)
{
    /// <summary>True when the file was read and its good rows stored.</summary>
    public bool Loaded => Status == "loaded";
}
