namespace Kapman.Ingestion.Loading;

/// <summary>
/// Ingestion settings: where the flat files are (<c>{DataRoot}/flatfiles/us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>)
/// how many NYSE sessions of bars to keep (<c>Kapman:Ingestion:RetentionSessions</c>, default 730; 0 keeps everything) and
/// how many connections a backfill writes on (<c>Kapman:Ingestion:BackfillWriters</c>, default 2).
/// </summary>
/// <param name="DataRoot">Absolute data root (see <c>DataRoot.Resolve</c>).</param>
/// <param name="RetentionSessions">Sessions kept by the rolling retention that runs after each load.</param>
/// <param name="BackfillWriters">Connections a backfill writes session groups on at once (at least 1).</param>
public sealed record IngestionOptions(string DataRoot, int RetentionSessions = IngestionOptions.DefaultRetentionSessions,
    int BackfillWriters = IngestionOptions.DefaultBackfillWriters)
{
    /// <summary>The default rolling window: 730 sessions, about 2.9 years.</summary>
    public const int DefaultRetentionSessions = 730;

    /// <summary>
    /// Two writers: while one group's COPY runs in the database, the other finishes and commits, which keeps two database
    /// cores busy; more writers than the database has cores only contend.
    /// </summary>
    public const int DefaultBackfillWriters = 2;

    /// <summary>
    /// The file the <c>default</c> watchlist is seeded from (one ticker a line): <c>{DataRoot}/watchlists/ai_stocks.txt</c>,
    /// else <c>{DataRoot}/watchlist.txt</c> (the bundled sample's name), else null.
    /// </summary>
    public string? DefaultWatchlistFile => new[] { Path.Combine(DataRoot, "watchlists", "ai_stocks.txt"), Path.Combine(DataRoot, "watchlist.txt") }.FirstOrDefault(File.Exists);

    /// <summary>Absolute path of a session's file.</summary>
    public string SessionFilePath(DateOnly session) =>
        Path.Combine(DataRoot, "flatfiles", Kapman.Ingestion.Core.SessionFileLayout.RelativePath(session));
}
