using Kapman.Ingestion.Data;
using Kapman.Ingestion.Loading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// <c>GET /universe?active=</c> (tickers with first/last seen and active), <c>GET /watchlists</c>, <c>GET /watchlists/{name}</c>
/// (tickers with their latest bar or "no data") and <c>PUT /watchlists/{name}</c>. The <c>default</c> watchlist is seeded
/// from <see cref="DataFiles.DefaultWatchlistFile"/> the first time watchlists are read.
/// </summary>
public static class UniverseApi
{
    /// <summary>The name of the watchlist seeded from the data set's file.</summary>
    public const string DefaultWatchlist = "default";

    /// <summary>Maps the universe and watchlist endpoints.</summary>
    public static IEndpointRouteBuilder MapUniverseApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/universe", GetUniverse).WithTags("Universe");
        app.MapGet("/watchlists", GetWatchlistNames).WithTags("Universe");
        app.MapGet("/watchlists/{name}", WatchlistAsync).WithTags("Universe");
        app.MapPut("/watchlists/{name}", ReplaceAsync).WithTags("Universe");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<UniverseTickerDto>>> GetUniverse(bool? active, UniverseStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.UniverseAsync(active, ct));

    private static async Task<Ok<IReadOnlyList<string>>> GetWatchlistNames(UniverseStore store, DataFiles files, CancellationToken ct)
    {
        await SeedDefaultAsync(store, files, ct);
        return TypedResults.Ok(await store.NamesAsync(ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<WatchlistEntryDto>>, NotFound>> WatchlistAsync(string name, UniverseStore store, DataFiles files, CancellationToken ct)
    {
        await SeedDefaultAsync(store, files, ct);
        return await store.WatchlistAsync(name, ct) is { } entries ? TypedResults.Ok(entries) : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, ValidationProblem>> ReplaceAsync(string name, WatchlistRequest request, UniverseStore store, CancellationToken ct)
    {
        if (request.Tickers is not { } tickers || tickers.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 12) || name.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tickers"] = ["tickers (1-12 characters each) are required; name at most 100 characters."] });
        }

        await store.ReplaceAsync(name, [.. tickers.Select(t => t.Trim())], ct);
        return TypedResults.NoContent();
    }

    private static async Task SeedDefaultAsync(UniverseStore store, DataFiles files, CancellationToken ct)
    {
        if (files.DefaultWatchlistFile is { } path && File.Exists(path))
        {
            var tickers = (await File.ReadAllLinesAsync(path, ct)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Distinct(StringComparer.Ordinal);
            await store.SeedAsync(DefaultWatchlist, tickers, ct);
        }
    }
}
