using Kapman.Web.Clients;

namespace Kapman.Web.Ops;

/// <summary>
/// <c>POST /ops/notification</c>, the Ops page's notification controls (issue 20 item 7, seed 004 §9; fields <c>action</c> = pause, resume,
/// acknowledge or resend, <c>channel</c> or <c>id</c>, and <c>apiKey</c>): when <c>apiKey</c> matches <c>KAPMAN_API_KEY</c>, asks notification
/// through the gateway (<see cref="NotificationClient"/>), then redirects (302) to <c>/ops</c> with a <see cref="NotificationNotice"/> in the query.
/// </summary>
public static class NotificationControlEndpoint
{
    private static readonly string[] ChannelNames = ["email", "telegram", "discord"];

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapNotificationControls(this IEndpointRouteBuilder app)
    {
        app.MapPost("/ops/notification", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, ApiKeyVerifier verifier, NotificationClient notification)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var action = form["action"].ToString();
        var target = action is "pause" or "resume" ? form["channel"].ToString() : form["id"].ToString();
        if (!verifier.IsConfigured)
        {
            return Back("disabled", action, target, string.Empty);
        }

        if (!verifier.Verify(form["apiKey"].ToString()))
        {
            return Back("unauthorized", action, target, string.Empty);
        }

        var error = action switch
        {
            "pause" or "resume" when ChannelNames.Contains(target) => await notification.SetChannelAsync(target, action == "pause", context.RequestAborted),
            "acknowledge" or "resend" when Guid.TryParse(target, out var id) => await notification.MessageActionAsync(id, action == "resend", context.RequestAborted),
            _ => null,
        };
        return error switch
        {
            null => Back("invalid", action, target, string.Empty),
            { Length: 0 } => Back(NotificationNotice.Ok, action, target, string.Empty),
            _ => Back("failed", action, target, error),
        };
    }

    private static IResult Back(string outcome, string action, string target, string error) =>
        Results.Redirect(
            $"/ops?notify={Uri.EscapeDataString(outcome)}&action={Uri.EscapeDataString(action)}&target={Uri.EscapeDataString(target)}&error={Uri.EscapeDataString(error)}#routes");
}
