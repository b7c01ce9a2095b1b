using System.Globalization;
using Kapman.Web.Clients;

namespace Kapman.Web.Ops;

/// <summary>
/// <c>POST /ops/redrive</c>, the Ops page's HTML form (fields <c>queue</c> and <c>apiKey</c>): moves the messages of
/// an <c>_error</c> queue back to their source queue one at a time (<see cref="ErrorQueueRedriver"/>) when <c>apiKey</c> matches <c>KAPMAN_API_KEY</c>, then redirects
/// (302 Found, followed with a GET) to <c>/ops</c> with the outcome in the query (see <see cref="RedriveNotice"/>). The key in the form
/// is also what protects the post against cross-site forgery: a foreign page cannot know it.
/// </summary>
public static class RedriveEndpoint
{
    /// <summary>Messages moved per re-drive at most.</summary>
    public const int MaxMessages = 500;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRedrive(this IEndpointRouteBuilder app)
    {
        app.MapPost("/ops/redrive", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, ApiKeyVerifier verifier, ErrorQueueRedriver redriver)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var queue = form["queue"].ToString();
        if (!verifier.IsConfigured)
        {
            return Back("disabled", queue, 0, 0);
        }

        if (!verifier.Verify(form["apiKey"].ToString()))
        {
            return Back("unauthorized", queue, 0, 0);
        }

        if (!new QueueInfo(queue, 0, 0, null, null).IsErrorQueue)
        {
            return Back("invalid", queue, 0, 0);
        }

        // The abort only stops the loop between messages (see ErrorQueueRedriver): none is lost with the browser.
        var result = await redriver.RedriveAsync(queue, MaxMessages, context.RequestAborted);
        var outcome = result.Succeeded ? RedriveNotice.Ok : result.Moved > 0 ? "partial" : "failed";
        return Back(outcome, queue, result.Moved, result.Returned);
    }

    private static IResult Back(string outcome, string queue, int moved, int returned) =>
        Results.Redirect(string.Create(
            CultureInfo.InvariantCulture,
            $"/ops?redrive={outcome}&queue={Uri.EscapeDataString(queue)}&moved={moved}&returned={returned}"));
}
