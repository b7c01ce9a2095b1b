using System.Globalization;
using System.Text.Json;
using Kapman.Contracts.Replay;
using Polly;

namespace Kapman.Web.Clients;

/// <summary>
/// Replay of stored events through the gateway: <c>POST /api/&lt;producer&gt;/replay</c> of the service that published the
/// event (<see cref="ReplayRoute.Producer"/>) with body <c>{"event","from","to","endpoint"}</c> (dates yyyy-MM-dd) and
/// <c>X-Api-Key</c> = the web's own <c>KAPMAN_API_KEY</c>; the answer is <c>{"sent": n, "queue": "..."}</c>, a refusal a
/// problem whose detail is shown. <c>kapman replay</c> calls the same APIs.
/// </summary>
public sealed class ReplayClient(HttpClient http)
{
    /// <summary>
    /// Asks <paramref name="route"/>'s producer to re-send its stored events of sessions <paramref name="from"/>..<paramref name="to"/>
    /// (inclusive) to the route's endpoint. Never throws for network, HTTP or JSON errors (they come back in
    /// <see cref="ReplayResult.Error"/>); only for caller cancellation.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    public async Task<ReplayResult> ReplayAsync(ReplayRoute route, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var producer = route.Producer;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/{Uri.EscapeDataString(producer)}/replay", UriKind.Relative))
        {
            Content = JsonContent.Create(new { @event = route.Event, from = Day(from), to = Day(to), endpoint = route.Endpoint }),
        };
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Failed(GatewayHttp.IsGatewayError(response)
                    ? $"{producer} service unreachable"
                    : $"{producer} service answered HTTP {(int)response.StatusCode}{await DetailAsync(response, cancellationToken)}");
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return new ReplayResult(body.GetProperty("sent").GetInt32(), body.GetProperty("queue").GetString() ?? string.Empty, string.Empty);
        }
        catch (HttpRequestException ex)
        {
            return Failed($"{producer} service unreachable: {ex.Message}");
        }
        catch (Exception ex) when (ex is ExecutionRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Failed($"{producer} service {GatewayHttp.Rejection(ex)}");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Failed($"{producer} service gave an unreadable answer");
        }
    }

    /// <summary>": " and the detail of a problem answer, or nothing when the answer is not a problem with one.</summary>
    private static async Task<string> DetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return string.Empty;
        }

        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } text
                ? ": " + text
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private static ReplayResult Failed(string error) => new(0, string.Empty, error);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
