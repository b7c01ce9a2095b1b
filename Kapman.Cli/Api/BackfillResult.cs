namespace Kapman.Cli.Api;

/// <summary>200 body of <c>POST /api/ingestion/backfill</c>.</summary>
/// <param name="Sessions">Session files loaded.</param>
/// <param name="Missing">Weekdays in the range without a session file.</param>
/// <param name="Rows">Daily bars stored.</param>
/// <param name="Quarantined">Rows rejected into quarantine.</param>
/// <param name="DurationMs">Server-side wall time in milliseconds.</param>
internal sealed record BackfillResult(int Sessions, int Missing, long Rows, long Quarantined, double DurationMs)
{
    /// <summary>Empty result, the identity for <see cref="Add"/>.</summary>
    public static BackfillResult Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Field-wise sum of two chunk results.</summary>
    public BackfillResult Add(BackfillResult other) => new(
        Sessions + other.Sessions, Missing + other.Missing, Rows + other.Rows, Quarantined + other.Quarantined, DurationMs + other.DurationMs);
}
