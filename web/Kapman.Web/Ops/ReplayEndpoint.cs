using System.Globalization;
using Kapman.Contracts.Replay;
using Kapman.Web.Clients;

namespace Kapman.Web.Ops;

/// <summary>
/// <c>POST /ops/replay</c>, the Ops page's replay form (fields <c>event</c>, <c>endpoint</c>, <c>from</c>, <c>to</c>
/// as yyyy-MM-dd, and <c>apiKey</c>): when <c>apiKey</c> matches <c>KAPMAN_API_KEY</c> and the event can be replayed
/// to that endpoint (<see cref="ReplayCatalogue"/>; a refusal names the valid endpoints) over a range at most <see cref="MaxDays"/>
/// long, asks the event's producer to re-send its stored events, then redirects (302) to <c>/ops</c> with a
/// <see cref="ReplayNotice"/> in the query.
/// </summary>
public static class ReplayEndpoint
{
    /// <summary>Longest range replayed by one form post, in calendar days (a year of sessions).</summary>
    public const int MaxDays = 366;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapReplay(this IEndpointRouteBuilder app)
    {
        app.MapPost("/ops/replay", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, ApiKeyVerifier verifier, ReplayClient replay)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var eventName = form["event"].ToString();
        if (!verifier.IsConfigured)
        {
            return Back("disabled", eventName, 0, string.Empty);
        }

        if (!verifier.Verify(form["apiKey"].ToString()))
        {
            return Back("unauthorized", eventName, 0, string.Empty);
        }

        var endpoint = form["endpoint"].ToString();
        var resolved = ReplayCatalogue.Resolve(eventName, endpoint);
        if (resolved.Route is not { } route)
        {
            return Back("invalid", eventName, 0, resolved.Problem!);
        }

        if (!TryDay(form["from"], out var from) || !TryDay(form["to"], out var to) || from > to || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return Back("invalid", eventName, 0, $"give from and to as dates, from not after to, at most {MaxDays} days.");
        }

        var result = await replay.ReplayAsync(route, from, to, context.RequestAborted);
        return result.Succeeded ? Back(ReplayNotice.Ok, eventName, result.Sent, result.Queue) : Back("failed", eventName, 0, result.Error);
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static IResult Back(string outcome, string eventName, int sent, string target) =>
        Results.Redirect(string.Create(
            CultureInfo.InvariantCulture,
            $"/ops?replay={outcome}&event={Uri.EscapeDataString(eventName)}&sent={sent}&target={Uri.EscapeDataString(target)}#replay"));
}
