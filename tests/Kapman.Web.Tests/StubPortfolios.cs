using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kapman.Web.Tests;

/// <summary>
/// In-memory stand-in for the ingestion API's <c>/portfolios</c> (behind the stub gateway, prefix
/// <c>/api/ingestion</c>): list, create (409 on a duplicate name), rename, delete, set and remove tickers.
/// Records the <c>X-Api-Key</c> of every mutating call.
/// </summary>
public sealed class StubPortfolios
{
    private const string Prefix = "/api/ingestion/portfolios";
    private readonly List<(long Id, string Name, List<(string Ticker, string Priority)> Tickers)> portfolios = [];
    private readonly List<string> keys = [];
    private long nextId = 1;

    /// <summary>X-Api-Key header of each mutating call so far.</summary>
    public IReadOnlyList<string> KeysSeen
    {
        get
        {
            lock (portfolios)
            {
                return [.. keys];
            }
        }
    }

    /// <summary>True for the paths this stub answers.</summary>
    public static bool Handles(string path) => path == Prefix || path.StartsWith(Prefix + "/", StringComparison.Ordinal);

    /// <summary>Answers one request under <c>/api/ingestion/portfolios</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var parts = context.Request.Path.Value![Prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var method = context.Request.Method;
        var body = context.Request.HasJsonContentType() ? await JsonNode.ParseAsync(context.Request.Body) : null;
        lock (portfolios)
        {
            if (!HttpMethods.IsGet(method))
            {
                keys.Add(context.Request.Headers["X-Api-Key"].ToString());
            }

            context.Response.StatusCode = Apply(method, parts, body);
        }

        if (context.Response.StatusCode == 200)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(List());
        }
    }

    private int Apply(string method, string[] parts, JsonNode? body)
    {
        var id = parts.Length > 0 && long.TryParse(parts[0], out var parsed) ? parsed : 0;
        var index = portfolios.FindIndex(p => p.Id == id);
        switch (method, parts.Length)
        {
            case ("GET", 0):
                return 200;
            case ("POST", 0):
                var name = body!["name"]!.GetValue<string>();
                if (portfolios.Exists(p => p.Name == name))
                {
                    return 409;
                }

                portfolios.Add((nextId++, name, []));
                return 201;
            case (_, _) when index < 0:
                return 404;
            case ("PUT", 1):
                portfolios[index] = (id, body!["name"]!.GetValue<string>(), portfolios[index].Tickers);
                return 204;
            case ("DELETE", 1):
                portfolios.RemoveAt(index);
                return 204;
            case ("POST", 2):
                var tickers = portfolios[index].Tickers;
                var ticker = body!["ticker"]!.GetValue<string>();
                tickers.RemoveAll(t => t.Ticker == ticker);
                tickers.Add((ticker, body["priority"]!.GetValue<string>()));
                return 204;
            case ("DELETE", 3):
                return portfolios[index].Tickers.RemoveAll(t => t.Ticker == parts[2]) > 0 ? 204 : 404;
            default:
                return 405;
        }
    }

    private string List() => JsonSerializer.Serialize(
        portfolios.Select(p => new { id = p.Id, name = p.Name, tickers = p.Tickers.OrderBy(t => t.Ticker, StringComparer.Ordinal).Select(t => new { ticker = t.Ticker, priority = t.Priority }) }));
}
