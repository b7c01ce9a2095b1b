namespace Kapman.Cli.Backfill;

/// <summary>How a backfill ended: its totals, and the failing session and reason when it did not complete.</summary>
internal sealed record BackfillOutcome(BackfillTotals Totals, TimeSpan WallTime, DateOnly? FailedAt, string? Error)
{
    /// <summary>True when every session of the range was handled.</summary>
    public bool Succeeded => Error is null;
}
