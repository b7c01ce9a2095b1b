using System.Net;
using System.Text.Json;
using Polly;
using Polly.Timeout;

namespace Kapman.Web.Clients;

/// <summary>
/// GET-and-decode and mutating calls through the gateway, mapping every failure to a <see cref="GatewayResult{T}"/> or
/// to a message for the page.
/// </summary>
public static class GatewayHttp
{
    /// <summary>
    /// Header the gateway sets on the 502/503/504 it produces itself (gateway/README.md), which tells
    /// "the gateway could not reach the service" apart from a service's own 5xx.
    /// </summary>
    public const string GatewayErrorHeader = "X-Kapman-Gateway-Error";

    /// <summary>
    /// Words for a call that did not get an answer from the resilience handler (ServiceDefaults' standard handler): "timed
    /// out" for its timeouts and HttpClient's, else "unreachable: " and the reason (e.g. the circuit is open after many failures).
    /// </summary>
    public static string Rejection(Exception ex) =>
        ex is TimeoutRejectedException or TaskCanceledException ? "timed out" : "unreachable: " + ex?.Message;

    /// <summary>True when the response was produced by the gateway because the service could not be reached.</summary>
    public static bool IsGatewayError(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500 && response.Headers.Contains(GatewayErrorHeader);

    /// <summary>
    /// GETs <paramref name="path"/> (relative to the gateway, e.g. <c>/api/wyckoff/alerts?session=2025-08-26</c>)
    /// and decodes the camelCase JSON body. Never throws for network, HTTP or JSON errors; only for cancellation
    /// requested by <paramref name="cancellationToken"/>.
    /// </summary>
    public static async Task<GatewayResult<T>> GetJsonAsync<T>(HttpClient http, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if (IsGatewayError(response))
            {
                return new GatewayResult<T>(GatewayOutcome.Unreachable, default, $"gateway: HTTP {(int)response.StatusCode}");
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new GatewayResult<T>(GatewayOutcome.NotFound, default, "HTTP 404");
            }

            if (!response.IsSuccessStatusCode)
            {
                return new GatewayResult<T>(GatewayOutcome.Failed, default, $"HTTP {(int)response.StatusCode}");
            }

            var value = await response.Content.ReadFromJsonAsync<T>(cancellationToken);
            return value is null
                ? new GatewayResult<T>(GatewayOutcome.Failed, default, "empty response")
                : new GatewayResult<T>(GatewayOutcome.Ok, value, string.Empty);
        }
        catch (HttpRequestException ex)
        {
            return new GatewayResult<T>(GatewayOutcome.Unreachable, default, ex.Message);
        }
        catch (ExecutionRejectedException ex)
        {
            return new GatewayResult<T>(GatewayOutcome.Unreachable, default, Rejection(ex));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new GatewayResult<T>(GatewayOutcome.Unreachable, default, "timed out");
        }
        catch (JsonException)
        {
            return new GatewayResult<T>(GatewayOutcome.Failed, default, "unreadable response");
        }
    }

    /// <summary>
    /// Sends a mutating call (<paramref name="body"/> as JSON when given) on a gateway client, which carries the
    /// <c>X-Api-Key</c> the gateway requires under /api. Returns an empty string on success, else what went wrong in
    /// words for the page, naming <paramref name="service"/> (e.g. "ingestion service answered HTTP 409").
    /// Never throws for network or HTTP errors; only for cancellation requested by <paramref name="cancellationToken"/>.
    /// </summary>
    public static async Task<string> SendAsync(
        HttpClient http, HttpMethod method, string path, object? body, string service, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? string.Empty
                : IsGatewayError(response) ? $"{service} unreachable"
                : $"{service} answered HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return $"{service} unreachable: {ex.Message}";
        }
        catch (Exception ex) when (ex is ExecutionRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return $"{service} {Rejection(ex)}";
        }
    }

    /// <summary>
    /// Like <see cref="SendAsync"/>, but decodes a 2xx JSON body as <typeparamref name="T"/> (default when the answer
    /// has no body) and, for an error status, adds the service's problem detail (<see cref="ProblemDetailText"/>) to the
    /// words, e.g. "execution service answered HTTP 409: kill switch is safe_mode". Never throws for network, HTTP
    /// or JSON errors; only for cancellation requested by <paramref name="cancellationToken"/>.
    /// </summary>
    public static async Task<GatewayReply<T>> SendForReplyAsync<T>(
        HttpClient http, HttpMethod method, string path, object? body, string service, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return Decode<T>(status, text, service);
            }

            if (IsGatewayError(response))
            {
                return new GatewayReply<T>(status, default, $"{service} unreachable");
            }

            var problem = ProblemDetailText.From(text);
            return new GatewayReply<T>(status, default, $"{service} answered HTTP {status}" + (problem.Length > 0 ? ": " + problem : string.Empty));
        }
        catch (HttpRequestException ex)
        {
            return new GatewayReply<T>(0, default, $"{service} unreachable: {ex.Message}");
        }
        catch (Exception ex) when (ex is ExecutionRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new GatewayReply<T>(0, default, $"{service} {Rejection(ex)}");
        }
    }

    private static GatewayReply<T> Decode<T>(int status, string text, string service)
    {
        try
        {
            return new GatewayReply<T>(status, string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web), string.Empty);
        }
        catch (JsonException)
        {
            return new GatewayReply<T>(status, default, $"{service} gave an unreadable answer (HTTP {status})");
        }
    }
}
