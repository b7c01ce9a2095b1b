using System.Globalization;
using Kapman.Web.Clients;
using Kapman.Web.Ops;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Web.Backtests;

/// <summary>
/// The Backtests page's form post <c>POST /backtests/start</c>: fields <c>strategy</c>, <c>underlying</c>, <c>from</c>, <c>to</c>,
/// optional <c>minEvNet</c> (dollars) and <c>apiKey</c> (checked like every mutating form, <see cref="ApiKeyVerifier"/>). It starts a
/// run through the gateway (<c>POST /api/recommendation/backtests</c>) and redirects (302) to the run's page, or back to
/// <c>/backtests?error=...</c> with the reason (the service's validation messages included).
/// </summary>
public static class BacktestEndpoints
{
    /// <summary>Maps the start post.</summary>
    public static IEndpointRouteBuilder MapBacktestForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/backtests/start", StartAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<RedirectHttpResult> StartAsync(HttpContext context, ApiKeyVerifier verifier, BacktestClient client)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        if (!verifier.IsConfigured)
        {
            return Error("backtests are disabled: the web has no KAPMAN_API_KEY in its environment");
        }

        if (!verifier.Verify(form["apiKey"].ToString()))
        {
            return Error("wrong API key");
        }

        double? minEvNet = null;
        if (form["minEvNet"].ToString() is { Length: > 0 } text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return Error("the EV_net minimum must be a number of dollars, e.g. -1000");
            }

            minEvNet = value;
        }

        var reply = await client.StartAsync(
            form["strategy"].ToString(), form["underlying"].ToString(), form["from"].ToString(), form["to"].ToString(), minEvNet, context.RequestAborted);
        return reply is { Succeeded: true, Value: { } started }
            ? TypedResults.Redirect($"/backtests/{started.Id:D}")
            : Error(reply.Succeeded ? "the recommendation service gave no run id" : reply.Error);
    }

    private static RedirectHttpResult Error(string message) => TypedResults.Redirect("/backtests?error=" + Uri.EscapeDataString(message));
}
