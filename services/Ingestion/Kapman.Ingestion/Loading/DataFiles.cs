using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// The data root's files that ingestion reads: session files (<c>{Root}/flatfiles/us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>)
/// and the default watchlist. The root is ServiceDefaults' <c>Kapman:Data:Root</c>, resolved once at startup.
/// </summary>
/// <param name="Root">Absolute data root (see <c>DataRoot.Resolve</c>).</param>
public sealed record DataFiles(string Root)
{
    /// <summary>
    /// The file the <c>default</c> watchlist is seeded from (one ticker a line): <c>{Root}/watchlists/ai_stocks.txt</c>,
    /// else <c>{Root}/watchlist.txt</c> (the bundled sample's name), else null.
    /// </summary>
    public string? DefaultWatchlistFile => new[] { Path.Combine(Root, "watchlists", "ai_stocks.txt"), Path.Combine(Root, "watchlist.txt") }.FirstOrDefault(File.Exists);

    /// <summary>Absolute path of a session's file.</summary>
    public string SessionFilePath(DateOnly session) => Path.Combine(Root, "flatfiles", SessionFileLayout.RelativePath(session));
}
