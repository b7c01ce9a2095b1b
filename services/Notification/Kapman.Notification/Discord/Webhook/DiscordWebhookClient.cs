using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kapman.Notification.Discord.Webhook;

/// <summary>
/// Discord's Execute Webhook over <see cref="HttpClient"/> (Discord.Net is not available here): <c>POST {ApiBaseUrl}api/webhooks/{id}/{token}?wait=true</c>
/// with a JSON body, answered by the created message object. A 429 carries <c>{"message", "retry_after" (seconds, fractional), "global"}</c>
/// and a <c>Retry-After</c> header; every answer may carry <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset-After</c> (seconds).
/// An error body is <c>{"code", "message"}</c>. The client's HttpClient has no logging handler and no retry: the token is in the path,
/// and the delivery worker owns retries. Errors it returns never contain the URL.
/// </summary>
public sealed class DiscordWebhookClient(HttpClient http)
{
    /// <summary>Posts <paramref name="jsonBody"/> to <paramref name="webhook"/>; a timeout or network failure comes back as <see cref="DiscordSendOutcome.Transient"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (the host is stopping).</exception>
    public async Task<DiscordSendResult> ExecuteAsync(DiscordWebhook webhook, string jsonBody, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(webhook.Path, UriKind.Relative))
        {
            Content = new StringContent(jsonBody, Encoding.UTF8, "application/json"),
        };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(DiscordSendOutcome.Transient, null, null, false, $"timed out after {http.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return new(DiscordSendOutcome.Transient, null, null, false, $"network error: {ex.HttpRequestError}");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new(DiscordSendOutcome.Sent, Read(text, "id"), BucketReset(response.Headers), false, null);
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = ReadSeconds(text, "retry_after") ?? HeaderSeconds(response.Headers, "Retry-After") ?? TimeSpan.FromSeconds(1);
                var global = Read(text, "global") == "true" || response.Headers.Contains("X-RateLimit-Global");
                return new(DiscordSendOutcome.RateLimited, null, retryAfter, global, $"429 rate limited for {retryAfter.TotalSeconds:0.###} s");
            }

            var error = string.Create(CultureInfo.InvariantCulture, $"{status} {Read(text, "message") ?? response.ReasonPhrase}");
            if (Read(text, "code") is { } code)
            {
                error += $" (code {code})";
            }

            return status >= 500 ? new(DiscordSendOutcome.Transient, null, null, false, error) : new(DiscordSendOutcome.Rejected, null, null, false, error);
        }
    }

    /// <summary>When the bucket has no request left, how long until it resets (<c>X-RateLimit-Reset-After</c>).</summary>
    private static TimeSpan? BucketReset(HttpResponseHeaders headers) =>
        headers.TryGetValues("X-RateLimit-Remaining", out var remaining) && remaining.FirstOrDefault() == "0"
            ? HeaderSeconds(headers, "X-RateLimit-Reset-After")
            : null;

    private static TimeSpan? HeaderSeconds(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
            ? TimeSpan.FromSeconds(s)
            : null;

    private static TimeSpan? ReadSeconds(string json, string property) =>
        double.TryParse(Read(json, property), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;

    /// <summary>A top-level property of a JSON object as text, or null (no object, no property, not JSON).</summary>
    private static string? Read(string json, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var value)
                ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Null => null,
                    _ => value.GetRawText(),
                }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
