using Kapman.Web.Clients;
using Kapman.Web.Ops;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Web.Portfolios;

/// <summary>
/// The Portfolios page's HTML form posts. Each form carries <c>apiKey</c>, checked like the Ops re-drive
/// (<see cref="ApiKeyVerifier"/>); the web then calls the ingestion API with its own key. Every post redirects (302)
/// to <c>/portfolios?done=...</c> or <c>/portfolios?error=...</c>.
/// </summary>
public static class PortfolioEndpoints
{
    /// <summary>Maps create, rename, delete, set-ticker and remove-ticker.</summary>
    public static IEndpointRouteBuilder MapPortfolioForms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/portfolios").DisableAntiforgery();
        group.MapPost("/create", (HttpContext c, ApiKeyVerifier v, PortfolioClient p) =>
            RunAsync(c, v, "created", form => p.CreateAsync(form["name"].ToString(), c.RequestAborted)));
        group.MapPost("/{id:long}/rename", (long id, HttpContext c, ApiKeyVerifier v, PortfolioClient p) =>
            RunAsync(c, v, "renamed", form => p.RenameAsync(id, form["name"].ToString(), c.RequestAborted)));
        group.MapPost("/{id:long}/delete", (long id, HttpContext c, ApiKeyVerifier v, PortfolioClient p) =>
            RunAsync(c, v, "deleted", _ => p.DeleteAsync(id, c.RequestAborted)));
        group.MapPost("/{id:long}/tickers", (long id, HttpContext c, ApiKeyVerifier v, PortfolioClient p) =>
            RunAsync(c, v, "ticker saved", form => p.SetTickerAsync(
                id, form["ticker"].ToString().Trim().ToUpperInvariant(), form["priority"].ToString(), c.RequestAborted)));
        group.MapPost("/{id:long}/tickers/{ticker}/delete", (long id, string ticker, HttpContext c, ApiKeyVerifier v, PortfolioClient p) =>
            RunAsync(c, v, "ticker removed", _ => p.RemoveTickerAsync(id, ticker, c.RequestAborted)));
        return app;
    }

    private static async Task<RedirectHttpResult> RunAsync(HttpContext context, ApiKeyVerifier verifier, string done, Func<IFormCollection, Task<string>> action)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        if (!verifier.IsConfigured)
        {
            return Back("error", "changes are disabled: the web has no KAPMAN_API_KEY in its environment");
        }

        if (!verifier.Verify(form["apiKey"].ToString()))
        {
            return Back("error", "wrong API key");
        }

        var error = await action(form);
        return error.Length == 0 ? Back("done", done) : Back("error", error);
    }

    private static RedirectHttpResult Back(string key, string message) =>
        TypedResults.Redirect($"/portfolios?{key}={Uri.EscapeDataString(message)}");
}
