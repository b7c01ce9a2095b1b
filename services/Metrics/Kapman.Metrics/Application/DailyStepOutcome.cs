namespace Kapman.Metrics.Application;

/// <summary>What one daily step did.</summary>
/// <param name="Tickers">Snapshots stored (tickers with a bar on the session).</param>
/// <param name="Continued">Tickers continued from the previous session's state (one bar fed).</param>
/// <param name="Recomputed">Tickers recomputed from their full stored history.</param>
public sealed record DailyStepOutcome(int Tickers, int Continued, int Recomputed);
