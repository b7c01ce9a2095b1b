using System.Globalization;

namespace Kapman.Web.Clients;

/// <summary>Typed client for the notification service's market reports through the gateway (<c>/api/notification/commentary</c>). Reads never throw.</summary>
public sealed class CommentaryClient(HttpClient http)
{
    /// <summary>How many reports the page asks for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The latest reports, newest first, at most <paramref name="limit"/>.</summary>
    public Task<GatewayResult<IReadOnlyList<CommentaryReport>>> GetReportsAsync(int limit, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<CommentaryReport>>(
            http, "/api/notification/commentary/reports?limit=" + limit.ToString(CultureInfo.InvariantCulture), cancellationToken);
}
