using Kapman.ServiceDefaults.Security;

namespace Kapman.Gateway.Security;

/// <summary>
/// Under <c>/api</c> (any case, as routing matches it) every method but GET, HEAD and OPTIONS needs the API key: without
/// it the answer is a 401 problem and nothing is forwarded. Other paths belong to the web UI, whose mutating HTML form
/// posts cannot carry a header: the web checks the key itself, as a form field. Then, on every path, the key and any
/// caller's copy of the services' credential are removed, so neither travels past the gateway (the credential is added
/// again, by the gateway, only for the services: <c>GatewayTransformProvider</c>). One exception: <c>POST /api/notification/telegram/webhook</c>
/// is admitted by Telegram's secret-token header instead of the key (<see cref="TelegramWebhookGate"/>), and by nothing else.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next)
{
    /// <summary>The service APIs' path prefix; everything else is the web UI.</summary>
    public static readonly PathString ServiceApiPrefix = new("/api");

    /// <summary>Refuses unkeyed mutating calls to the service APIs, strips the credential headers, passes the rest on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TelegramWebhookGate.IsWebhookRequest(context.Request))
        {
            if (!context.RequestServices.GetRequiredService<TelegramWebhookGate>().Admits(context.Request))
            {
                context.Response.Headers.WWWAuthenticate = "TelegramSecretToken";
                return GatewayProblem.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", TelegramWebhookGate.HeaderName + " required");
            }
        }
        else if (context.Request.Path.StartsWithSegments(ServiceApiPrefix, StringComparison.OrdinalIgnoreCase)
            && !GatewayCredential.IsSafeMethod(context.Request.Method)
            && !CallerKey.IsValid(context))
        {
            context.Response.Headers.WWWAuthenticate = "ApiKey";
            return GatewayProblem.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "X-Api-Key required");
        }

        context.Request.Headers.Remove(CallerKey.HeaderName);
        context.Request.Headers.Remove(GatewayCredential.HeaderName);
        return next(context);
    }
}
