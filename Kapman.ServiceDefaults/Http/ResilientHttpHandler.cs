using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Kapman.ServiceDefaults.Http;

/// <summary>
/// Polly resilience for every outgoing HttpClient (Microsoft.Extensions.Http.Resilience is not obtainable here):
/// a 30 s timeout per attempt, and for idempotent requests (GET, HEAD, OPTIONS) up to 3 retries with
/// exponential backoff and jitter on network errors, timeouts, 408, 429 and 5xx.
/// </summary>
public sealed class ResilientHttpHandler : DelegatingHandler
{
    private static readonly HttpMethod[] Idempotent = [HttpMethod.Get, HttpMethod.Head, HttpMethod.Options];

    private static readonly ResiliencePipeline<HttpResponseMessage> Retrying = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(IsTransient),
        })
        .AddTimeout(TimeSpan.FromSeconds(30))
        .Build();

    private static readonly ResiliencePipeline<HttpResponseMessage> TimeoutOnly = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddTimeout(TimeSpan.FromSeconds(30))
        .Build();

    /// <summary>Header the Kapman gateway puts on errors it produced itself (backend down, no route).</summary>
    public const string GatewayErrorHeader = "X-Kapman-Gateway-Error";

    /// <summary>
    /// True for responses worth retrying: 408, 429 and 5xx, except a gateway-made error: the backend is down
    /// and a retry within a second only multiplies the load on the gateway and its rate limit.
    /// </summary>
    public static bool IsTransient(HttpResponseMessage response) =>
        !response.Headers.Contains(GatewayErrorHeader)
        && (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pipeline = Idempotent.Contains(request.Method) && request.Content is null ? Retrying : TimeoutOnly;
        return await pipeline.ExecuteAsync(
            async token => await base.SendAsync(Clone(request), token),
            cancellationToken);
    }

    /// <summary>An HttpRequestMessage can be sent once; each attempt gets a copy (only body-less requests are retried).</summary>
    private static HttpRequestMessage Clone(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, Content = request.Content };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }
}
