using Kapman.Contracts;
using Kapman.MarketData.Calendar;
using Kapman.Options.Core;
using Kapman.Options.Polygon;
using Polly;

namespace Kapman.Options.Chains;

/// <summary>
/// Gathers a session's chains: every snapshot file of the session (<see cref="ChainOptions.SnapshotsFor"/>), then,
/// when a Polygon client is configured, each watchlist underlying without a file from
/// <c>/v3/snapshot/options/{underlying}</c>. A file or fetch that fails becomes a <see cref="SnapshotLoad"/> with its
/// reason (<see cref="SnapshotLoader"/> codes, or <c>POLYGON_FAILED</c>) and never stops the others.
/// </summary>
/// <remarks>
/// The API returns the quotes of the moment, so it is asked only for the current session (<see cref="LiveSnapshotWindow"/>,
/// today being the New York date of <paramref name="clock"/>). For any other session each watchlist underlying without a
/// file becomes a <c>NOT_CURRENT_SESSION</c> skip: its stored chain, if any, is left as it is rather than overwritten with
/// today's quotes.
/// </remarks>
/// <param name="options">Where the snapshot files are.</param>
/// <param name="polygon">The API client, or null when no API key is configured.</param>
/// <param name="watchlist">Underlyings to fetch from the API (upper-case tickers).</param>
/// <param name="clock">Gives today's date for the current-session rule.</param>
public sealed class SessionChainLoader(ChainOptions options, PolygonSnapshotClient? polygon, IReadOnlyList<string> watchlist, TimeProvider clock)
{
    private const string ApiSource = "polygon:/v3/snapshot/options";

    /// <summary>One load per underlying: files first (underlying order), then API fetches (watchlist order).</summary>
    public Task<IReadOnlyList<SnapshotLoad>> LoadAsync(DateOnly session, CancellationToken ct) => LoadAsync(session, watchlist, ct);

    /// <summary>As <see cref="LoadAsync(DateOnly, CancellationToken)"/>, fetching <paramref name="wanted"/> (upper-case tickers) instead of the constructor's watchlist.</summary>
    public Task<IReadOnlyList<SnapshotLoad>> LoadAsync(DateOnly session, IReadOnlyList<string> wanted, CancellationToken ct) =>
        LoadAsync(session, wanted, TickerShard.Whole, ct);

    /// <summary>
    /// As <see cref="LoadAsync(DateOnly, IReadOnlyList{string}, CancellationToken)"/> for one shard of the session: only the snapshot files
    /// whose underlying (upper-case) is in <paramref name="shard"/> are read; <paramref name="wanted"/> is the shard's already.
    /// </summary>
    public async Task<IReadOnlyList<SnapshotLoad>> LoadAsync(DateOnly session, IReadOnlyList<string> wanted, TickerShard shard, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var loads = options.SnapshotsFor(session)
            .Where(s => shard.Contains(s.Underlying.ToUpperInvariant()))
            .Select(s => SnapshotLoader.Load(s.Underlying, s.Path, session)).ToList();
        if (polygon is null)
        {
            return loads;
        }

        var covered = loads.Select(l => l.Underlying).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = wanted.Where(u => !covered.Contains(u)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var today = MarketToday.Of(clock);
        if (!LiveSnapshotWindow.Serves(session, today))
        {
            var current = LiveSnapshotWindow.CurrentSession(today);
            loads.AddRange(missing.Select(u => new SnapshotLoad(u, ApiSource, null,
                $"NOT_CURRENT_SESSION: the snapshot API returns the quotes of {current:yyyy-MM-dd}, not of {session:yyyy-MM-dd}; the stored chain is kept")));
            return loads;
        }

        loads.AddRange(await Task.WhenAll(missing.Select(u => FetchAsync(u, session, ct))));
        return loads;
    }

    private async Task<SnapshotLoad> FetchAsync(string underlying, DateOnly session, CancellationToken ct)
    {
        try
        {
            return new SnapshotLoad(underlying, ApiSource, await polygon!.FetchAsync(underlying, session, ct), null);
        }
        // The resilience handler's timeouts and open circuit surface as ExecutionRejectedException once the retries are spent:
        // one slow or unreachable underlying is a skip like any other, not a failed stage.
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or ExecutionRejectedException
                                   or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new SnapshotLoad(underlying, ApiSource, null, $"POLYGON_FAILED: {ex.Message}");
        }
    }
}
