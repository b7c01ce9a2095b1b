using System.Globalization;

namespace Kapman.Web.Clients;

/// <summary>
/// Portfolio CRUD through the gateway (<c>/api/ingestion/portfolios</c>). Mutating calls carry
/// <c>X-Api-Key</c> = the web's own <c>KAPMAN_API_KEY</c> (set on every gateway client), which the gateway requires under /api.
/// </summary>
public sealed class PortfolioClient(HttpClient http)
{
    private const string Base = "/api/ingestion/portfolios";

    /// <summary>Every portfolio with its tickers.</summary>
    public Task<GatewayResult<IReadOnlyList<Portfolio>>> ListAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<Portfolio>>(http, Base, cancellationToken);

    /// <summary>Creates a portfolio; empty string on success, else what went wrong (e.g. "HTTP 409").</summary>
    public Task<string> CreateAsync(string name, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Base, new { name }, cancellationToken);

    /// <summary>Renames portfolio <paramref name="id"/>.</summary>
    public Task<string> RenameAsync(long id, string name, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"{Base}/{Id(id)}", new { name }, cancellationToken);

    /// <summary>Deletes portfolio <paramref name="id"/>.</summary>
    public Task<string> DeleteAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{Base}/{Id(id)}", null, cancellationToken);

    /// <summary>Adds <paramref name="ticker"/> at <paramref name="priority"/> (P1/P2), or changes its priority.</summary>
    public Task<string> SetTickerAsync(long id, string ticker, string priority, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Base}/{Id(id)}/tickers", new { ticker, priority }, cancellationToken);

    /// <summary>Removes <paramref name="ticker"/> from portfolio <paramref name="id"/>.</summary>
    public Task<string> RemoveTickerAsync(long id, string ticker, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{Base}/{Id(id)}/tickers/{Uri.EscapeDataString(ticker)}", null, cancellationToken);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<string> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        GatewayHttp.SendAsync(http, method, path, body, "ingestion service", cancellationToken);
}
