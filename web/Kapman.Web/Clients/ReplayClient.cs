using System.Globalization;
using System.Text.Json;
using Polly;

namespace Kapman.Web.Clients;

/// <summary>
/// Replay of stored events through the gateway: <c>POST /api/&lt;endpoint&gt;/replay</c> with body
/// <c>{"event","from","to"}</c> (dates yyyy-MM-dd) and <c>X-Api-Key</c> = the web's own <c>KAPMAN_API_KEY</c>;
/// the answer is <c>{"sent": n, "queue": "..."}</c>. Only the Wyckoff service offers replay
/// (<c>kapman replay --to-endpoint wyckoff</c> calls the same API).
/// </summary>
public sealed class ReplayClient(HttpClient http)
{
    /// <summary>The events that can be replayed, and the endpoints that accept them.</summary>
    public static IReadOnlyDictionary<string, string> Endpoints { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["IndicatorsComputed"] = KapmanServices.Wyckoff };

    /// <summary>
    /// Asks <paramref name="endpoint"/> to re-send the stored <paramref name="eventName"/> events of sessions
    /// <paramref name="from"/>..<paramref name="to"/> (inclusive) to its consumer. Never throws for network, HTTP
    /// or JSON errors (they come back in <see cref="ReplayResult.Error"/>); only for caller cancellation.
    /// </summary>
    public async Task<ReplayResult> ReplayAsync(string endpoint, string eventName, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/{Uri.EscapeDataString(endpoint)}/replay", UriKind.Relative))
        {
            Content = JsonContent.Create(new { @event = eventName, from = Day(from), to = Day(to) }),
        };
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Failed(GatewayHttp.IsGatewayError(response)
                    ? $"{endpoint} service unreachable"
                    : $"{endpoint} service answered HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return new ReplayResult(body.GetProperty("sent").GetInt32(), body.GetProperty("queue").GetString() ?? string.Empty, string.Empty);
        }
        catch (HttpRequestException ex)
        {
            return Failed($"{endpoint} service unreachable: {ex.Message}");
        }
        catch (Exception ex) when (ex is ExecutionRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Failed($"{endpoint} service {GatewayHttp.Rejection(ex)}");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Failed($"{endpoint} service gave an unreadable answer");
        }
    }

    private static ReplayResult Failed(string error) => new(0, string.Empty, error);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
