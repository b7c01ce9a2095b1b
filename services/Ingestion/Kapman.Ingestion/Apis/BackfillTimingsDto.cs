namespace Kapman.Ingestion.Apis;

/// <summary>Where a backfill's writer spent its time, milliseconds.</summary>
/// <param name="ReadWaitMs">Waiting for downloads and parses (near 0 when the read-ahead keeps up).</param>
/// <param name="WriteMs">In session transactions (split detection, COPY, tickers, quarantine, run record), commit included, summed over the writer connections.</param>
public sealed record BackfillTimingsDto(double ReadWaitMs, double WriteMs);
