using Kapman.Web.Ops;
using Polly.Timeout;

namespace Kapman.Web.Clients;

/// <summary>
/// Watchlists through the gateway (<c>/api/ingestion/watchlists</c>): names, one list with each ticker's latest bar,
/// and <c>PUT /watchlists/{name}</c> with <c>{"tickers": [...]}</c>, which creates the list or replaces its tickers
/// (with <c>X-Api-Key</c> = the web's own <c>KAPMAN_API_KEY</c>). The API has no delete and no priorities.
/// </summary>
public sealed class WatchlistClient(HttpClient http, IConfiguration configuration)
{
    private const string Base = "/api/ingestion/watchlists";

    /// <summary>The watchlist names, in name order (the API seeds <c>default</c> from the data set on first read).</summary>
    public Task<GatewayResult<IReadOnlyList<string>>> NamesAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<string>>(http, Base, cancellationToken);

    /// <summary>The tickers of <paramref name="name"/> by ticker; <see cref="GatewayOutcome.NotFound"/> when there is no such list.</summary>
    public Task<GatewayResult<IReadOnlyList<WatchlistEntry>>> GetAsync(string name, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<WatchlistEntry>>(http, $"{Base}/{Uri.EscapeDataString(name)}", cancellationToken);

    /// <summary>Creates <paramref name="name"/> or replaces its tickers; empty string on success, else what went wrong.</summary>
    public async Task<string> ReplaceAsync(string name, IReadOnlyList<string> tickers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"{Base}/{Uri.EscapeDataString(name)}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { tickers }),
        };
        request.Headers.Add("X-Api-Key", configuration[ApiKeyVerifier.ConfigurationKey] ?? string.Empty);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? string.Empty
                : GatewayHttp.IsGatewayError(response) ? "ingestion service unreachable"
                : $"ingestion service answered HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return "ingestion service unreachable: " + ex.Message;
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return "ingestion service timed out";
        }
    }
}
