using Kapman.Options.Polygon;

namespace Kapman.Options.Chains;

/// <summary>
/// Gathers a session's chains: every snapshot file of the session (<see cref="ChainOptions.SnapshotsFor"/>), then,
/// when a Polygon client is configured, each watchlist underlying without a file from
/// <c>/v3/snapshot/options/{underlying}</c>. A file or fetch that fails becomes a <see cref="SnapshotLoad"/> with its
/// reason (<see cref="SnapshotLoader"/> codes, or <c>POLYGON_FAILED</c>) and never stops the others.
/// </summary>
/// <param name="options">Where the snapshot files are.</param>
/// <param name="polygon">The API client, or null when no API key is configured.</param>
/// <param name="watchlist">Underlyings to fetch from the API (upper-case tickers).</param>
public sealed class SessionChainLoader(ChainOptions options, PolygonSnapshotClient? polygon, IReadOnlyList<string> watchlist)
{
    /// <summary>One load per underlying: files first (underlying order), then API fetches (watchlist order).</summary>
    public async Task<IReadOnlyList<SnapshotLoad>> LoadAsync(DateOnly session, CancellationToken ct)
    {
        var loads = options.SnapshotsFor(session).Select(s => SnapshotLoader.Load(s.Underlying, s.Path, session)).ToList();
        if (polygon is null)
        {
            return loads;
        }

        var covered = loads.Select(l => l.Underlying).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fetches = watchlist.Where(u => !covered.Contains(u)).Distinct(StringComparer.OrdinalIgnoreCase).Select(u => FetchAsync(u, session, ct));
        loads.AddRange(await Task.WhenAll(fetches));
        return loads;
    }

    private async Task<SnapshotLoad> FetchAsync(string underlying, DateOnly session, CancellationToken ct)
    {
        const string source = "polygon:/v3/snapshot/options";
        try
        {
            return new SnapshotLoad(underlying, source, await polygon!.FetchAsync(underlying, session, ct), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new SnapshotLoad(underlying, source, null, $"POLYGON_FAILED: {ex.Message}");
        }
    }
}
