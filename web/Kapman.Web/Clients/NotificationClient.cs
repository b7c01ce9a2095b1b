namespace Kapman.Web.Clients;

/// <summary>
/// Notification's routing table and controls through the gateway: <c>GET /api/notification/routes</c> and <c>/channels</c>, and the
/// mutating <c>POST /api/notification/channels/{channel}/pause|resume</c> and <c>/messages/{id}/acknowledge|resend</c>, which carry the
/// web's <c>X-Api-Key</c> (set on every gateway client) that the gateway requires.
/// </summary>
public sealed class NotificationClient(HttpClient http)
{
    private const string Service = "notification service";

    /// <summary>The routing table with the last message per route and channel; never throws for network, HTTP or JSON errors.</summary>
    public Task<GatewayResult<IReadOnlyList<NotificationRoute>>> GetRoutesAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<NotificationRoute>>(http, "/api/notification/routes", cancellationToken);

    /// <summary>Every channel's state; never throws for network, HTTP or JSON errors.</summary>
    public Task<GatewayResult<IReadOnlyList<NotificationChannel>>> GetChannelsAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<NotificationChannel>>(http, "/api/notification/channels", cancellationToken);

    /// <summary>Pauses (<paramref name="pause"/>) or resumes <paramref name="channel"/>; empty on success, else what went wrong.</summary>
    public Task<string> SetChannelAsync(string channel, bool pause, CancellationToken cancellationToken) =>
        GatewayHttp.SendAsync(http, HttpMethod.Post, $"/api/notification/channels/{Uri.EscapeDataString(channel)}/{(pause ? "pause" : "resume")}", new { }, Service,
            cancellationToken);

    /// <summary>Acknowledges (<paramref name="resend"/> false) or resends message <paramref name="id"/>; empty on success, else what went wrong.</summary>
    public Task<string> MessageActionAsync(Guid id, bool resend, CancellationToken cancellationToken) =>
        GatewayHttp.SendAsync(http, HttpMethod.Post, $"/api/notification/messages/{id}/{(resend ? "resend" : "acknowledge")}", null, Service, cancellationToken);
}
