using Kapman.Gateway.Configuration;
using Kapman.Gateway.Forwarding;
using Kapman.Gateway.RateLimiting;
using Kapman.Gateway.Requests;
using Kapman.Gateway.Security;

namespace Kapman.Gateway;

/// <summary>
/// The gateway's wiring. Routes and clusters come from the <c>ReverseProxy</c> section of appsettings.json (YARP):
/// <c>/api/&lt;service&gt;/...</c> to each service with the prefix stripped, everything else to the web UI, with active
/// (<c>GET /alive</c>) and passive health checks. The checks every request passes, in order: request id, known method
/// (405), rate limit per client address (429), API key under <c>/api</c> for every method but GET/HEAD/OPTIONS (401), except Telegram's
/// webhook, <c>POST /api/notification/telegram/webhook</c>, which needs <c>TELEGRAM_WEBHOOK_SECRET</c> as its secret-token header instead (401).
/// </summary>
internal static class Extensions
{
    /// <summary>Registers the secrets, the rate limiter and the reverse proxy.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder, GatewaySecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(secrets);
        builder.Services.AddSingleton(TelegramWebhookGate.From(builder.Configuration));
        builder.Services.AddClientRateLimiting(builder.Configuration);
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddTransforms<GatewayTransformProvider>();
        return builder;
    }

    /// <summary>Adds the per-request checks, in the order described on <see cref="Extensions"/>.</summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<MethodMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();
        return app;
    }

    /// <summary>
    /// Maps the proxy and a 404 problem for <c>/api/&lt;name&gt;</c> when no service has that name (the services' own
    /// routes are more specific, the web UI's catch-all less).
    /// </summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Map(ApiKeyMiddleware.ServiceApiPrefix + "/{**rest}", (HttpContext context) =>
            GatewayProblem.WriteAsync(context, StatusCodes.Status404NotFound, "Not Found", "unknown service"));
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ForwarderErrorMiddleware>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
