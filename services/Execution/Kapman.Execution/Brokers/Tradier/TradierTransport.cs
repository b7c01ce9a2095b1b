using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// One Tradier call: bearer token, <c>Accept: application/json</c>, form-encoded body for POST; a 429 is retried at most
/// <see cref="TradierConnection.MaxRateLimitRetries"/> times after the wait the answer asks for (<see cref="TradierRateLimit"/>; 1 s when it
/// says nothing), unless that wait passes <see cref="TradierConnection.MaxRateLimitWait"/>. A 429 is retried for POST and DELETE too: the
/// broker refused the call before acting on it. Nothing else is retried (an order POST that timed out may have been placed). Other
/// failures become typed <see cref="BrokerException"/>s with the broker's messages. The token is never logged nor put in a message.
/// </summary>
internal sealed class TradierTransport(HttpClient http, TradierConnection connection, TimeProvider clock, ILogger logger)
{
    /// <summary>The broker's name in exceptions and logs.</summary>
    public const string BrokerName = "tradier";

    /// <summary>The wait after a 429 that carries neither Retry-After nor X-Ratelimit-Expiry.</summary>
    public static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(1);

    /// <summary>Sends the call and parses the JSON answer (the caller disposes it).</summary>
    /// <param name="method">GET, POST or DELETE.</param>
    /// <param name="path">Path and query relative to the API root, e.g. <c>v1/markets/clock</c>.</param>
    /// <param name="form">Form fields for a POST, or null.</param>
    /// <param name="cancellationToken">Cancels the call and any wait.</param>
    public async Task<JsonDocument> SendAsync(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>>? form, CancellationToken cancellationToken)
    {
        var url = new Uri(connection.BaseUrl, path);
        var what = $"{method} /{path.Split('?')[0]}";
        for (var retry = 0; ; retry++)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.Token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (form is not null)
            {
                request.Content = new FormUrlEncodedContent(form);
            }

            using var response = await SendOnceAsync(request, what, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return Parse(body, what);
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                throw Failure(response.StatusCode, body, what);
            }

            var wait = TradierRateLimit.WaitFor(response.Headers, clock.GetUtcNow());
            if (retry >= connection.MaxRateLimitRetries || (wait ?? DefaultRateLimitWait) > connection.MaxRateLimitWait)
            {
                throw new BrokerRateLimitedException(
                    BrokerName,
                    TradierErrors.Read(body),
                    $"Tradier rate limit: {what} still answered 429 after {retry} retries (asked to wait {wait?.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} s).",
                    wait);
            }

            logger.LogWarning("Tradier answered 429 to {Call}; retry {Retry} of {MaxRetries} after {WaitMs} ms", what, retry + 1, connection.MaxRateLimitRetries, (wait ?? DefaultRateLimitWait).TotalMilliseconds);
            await Task.Delay(wait ?? DefaultRateLimitWait, clock, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new BrokerUnavailableException(BrokerName, null, [], $"Tradier did not answer {what}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BrokerUnavailableException(BrokerName, null, [], $"Tradier did not answer {what} in time.", ex);
        }
    }

    private static JsonDocument Parse(string body, string what)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new BrokerResponseException(BrokerName, HttpStatusCode.OK, [], $"Tradier answered {what} with a body that is not JSON.", ex);
        }

        // An order refused at validation may come back as 200 with an errors object.
        if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("errors", out _))
        {
            document.Dispose();
            var errors = TradierErrors.Read(body);
            throw new BrokerRejectedException(BrokerName, HttpStatusCode.OK, errors, $"Tradier refused {what}: {string.Join("; ", errors)}");
        }

        return document;
    }

    private static BrokerException Failure(HttpStatusCode status, string body, string what)
    {
        var messages = TradierErrors.Read(body);
        var message = $"Tradier answered {(int)status} to {what}: {(messages.Count > 0 ? string.Join("; ", messages) : status.ToString())}";
        return status switch
        {
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict => new BrokerRejectedException(BrokerName, status, messages, message),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new BrokerAuthenticationException(BrokerName, status, messages, message),
            HttpStatusCode.NotFound => new BrokerNotFoundException(BrokerName, status, messages, message),
            >= HttpStatusCode.InternalServerError => new BrokerUnavailableException(BrokerName, status, messages, message),
            _ => new BrokerException(BrokerName, status, messages, message),
        };
    }
}
