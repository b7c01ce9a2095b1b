
namespace Kapman.Web.Clients;

/// <summary>
/// Watchlists through the gateway (<c>/api/ingestion/watchlists</c>): names, one list with each ticker's latest bar,
/// and <c>PUT /watchlists/{name}</c> with <c>{"tickers": [...]}</c>, which creates the list or replaces its tickers
/// (with <c>X-Api-Key</c> = the web's own <c>KAPMAN_API_KEY</c>). The API has no delete and no priorities.
/// </summary>
public sealed class WatchlistClient(HttpClient http)
{
    private const string Base = "/api/ingestion/watchlists";

    /// <summary>The list the ingestion API seeds from the data set (its <c>UniverseApi.DefaultWatchlist</c>).</summary>
    public const string SeededName = "default";

    /// <summary>The watchlist names, in name order (the API seeds <c>default</c> from the data set on first read).</summary>
    public Task<GatewayResult<IReadOnlyList<string>>> NamesAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<string>>(http, Base, cancellationToken);

    /// <summary>The tickers of <paramref name="name"/> by ticker; <see cref="GatewayOutcome.NotFound"/> when there is no such list.</summary>
    public Task<GatewayResult<IReadOnlyList<WatchlistEntry>>> GetAsync(string name, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<WatchlistEntry>>(http, $"{Base}/{Uri.EscapeDataString(name)}", cancellationToken);

    /// <summary>Creates <paramref name="name"/> or replaces its tickers; empty string on success, else what went wrong.</summary>
    public Task<string> ReplaceAsync(string name, IReadOnlyList<string> tickers, CancellationToken cancellationToken) =>
        GatewayHttp.SendAsync(http, HttpMethod.Put, $"{Base}/{Uri.EscapeDataString(name)}", new { tickers }, "ingestion service", cancellationToken);
}
