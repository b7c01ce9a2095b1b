using Kapman.Web.Clients;
using Kapman.Web.Ops;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Web.Watchlists;

/// <summary>
/// The Watchlists page's HTML form posts, each with field <c>name</c> (the list) and <c>apiKey</c> (checked like the
/// Ops re-drive, <see cref="ApiKeyVerifier"/>): <c>POST /watchlists/save</c> (field <c>tickers</c>: creates the list or
/// replaces its tickers), <c>/watchlists/add</c> and <c>/watchlists/remove</c> (field <c>ticker</c>: read the list, change
/// it, write it back). Every post redirects (302) to <c>/watchlists?name=...&amp;done=...</c> or <c>&amp;error=...</c>.
/// </summary>
public static class WatchlistEndpoints
{
    /// <summary>Maps save, add and remove.</summary>
    public static IEndpointRouteBuilder MapWatchlistForms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/watchlists").DisableAntiforgery();
        group.MapPost("/save", (HttpContext c, ApiKeyVerifier v, WatchlistClient w) =>
            RunAsync(c, v, "saved", (name, form) => WatchlistInput.Tickers(form["tickers"]) is { } tickers
                ? w.ReplaceAsync(name, tickers, c.RequestAborted)
                : Task.FromResult("tickers must be symbols such as AAPL or BRK.B, separated by commas or spaces")));
        group.MapPost("/add", (HttpContext c, ApiKeyVerifier v, WatchlistClient w) =>
            RunAsync(c, v, "ticker added", (name, form) => ChangeAsync(w, name, form["ticker"], add: true, c.RequestAborted)));
        group.MapPost("/remove", (HttpContext c, ApiKeyVerifier v, WatchlistClient w) =>
            RunAsync(c, v, "ticker removed", (name, form) => ChangeAsync(w, name, form["ticker"], add: false, c.RequestAborted)));
        return app;
    }

    private static async Task<string> ChangeAsync(WatchlistClient client, string name, string? tickerText, bool add, CancellationToken ct)
    {
        if (WatchlistInput.Tickers(tickerText) is not [var ticker])
        {
            return "give one ticker symbol, such as AAPL";
        }

        var current = await client.GetAsync(name, ct);
        if (current.Value is not { } entries)
        {
            return current.Describe(KapmanServices.Ingestion);
        }

        var tickers = entries.Select(e => e.Ticker).ToList();
        if (add ? tickers.Contains(ticker, StringComparer.Ordinal) : !tickers.Remove(ticker))
        {
            return add ? $"{ticker} is already on {name}" : $"{ticker} is not on {name}";
        }

        if (add)
        {
            tickers.Add(ticker);
        }

        return await client.ReplaceAsync(name, tickers, ct);
    }

    private static async Task<RedirectHttpResult> RunAsync(
        HttpContext context, ApiKeyVerifier verifier, string done, Func<string, IFormCollection, Task<string>> action)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        var name = WatchlistInput.Name(form["name"]);
        if (!verifier.IsConfigured)
        {
            return Back(name, "error", "changes are disabled: the web has no KAPMAN_API_KEY in its environment");
        }

        if (!verifier.Verify(form["apiKey"].ToString()))
        {
            return Back(name, "error", "wrong API key");
        }

        if (name is null)
        {
            return Back(null, "error", $"the name must be 1-{WatchlistInput.MaxNameLength} characters without a slash");
        }

        var error = await action(name, form);
        return error.Length == 0 ? Back(name, "done", done) : Back(name, "error", error);
    }

    private static RedirectHttpResult Back(string? name, string key, string message) =>
        TypedResults.Redirect($"/watchlists?{(name is null ? string.Empty : "name=" + Uri.EscapeDataString(name) + "&")}{key}={Uri.EscapeDataString(message)}");
}
