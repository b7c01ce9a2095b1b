using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Kapman.ServiceDefaults.Http;

/// <summary>
/// How Kapman tunes Microsoft.Extensions.Http.Resilience's standard handler (rate limiter, 30 s total timeout, retry,
/// circuit breaker, 10 s attempt timeout): up to 3 retries, 200 ms growing exponentially with jitter (or the server's
/// <c>Retry-After</c>), only of safe methods (GET, HEAD, OPTIONS, TRACE: a POST may have taken effect before it failed), on
/// network errors, attempt timeouts, 408, 429 and 5xx, except a gateway-made error.
/// </summary>
public static class HttpResilience
{
    /// <summary>Header the Kapman gateway puts on errors it produced itself (backend down, no route).</summary>
    public const string GatewayErrorHeader = "X-Kapman-Gateway-Error";

    /// <summary>The first retry's delay; each later one doubles it (plus jitter).</summary>
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// True for outcomes worth retrying and counting against the circuit: what
    /// <see cref="HttpClientResiliencePredicates.IsTransient(Outcome{HttpResponseMessage})"/> calls transient, except a
    /// response carrying <see cref="GatewayErrorHeader"/>: the backend is down, and a retry within a second only
    /// multiplies the load on the gateway and its rate limit.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.Headers.Contains(GatewayErrorHeader) != true && HttpClientResiliencePredicates.IsTransient(outcome);

    /// <summary>Applies Kapman's retry and circuit-breaker rules to <paramref name="options"/> (timeouts are left as they are).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static void Configure(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Delay = FirstRetryDelay;
        // A call its caller cancelled is not retried (its outcome is a cancellation, not a failure of the server).
        options.Retry.ShouldHandle = args => ValueTask.FromResult(!args.Context.CancellationToken.IsCancellationRequested && IsTransient(args.Outcome));
        // After ShouldHandle: it wraps the predicate that is set at the time.
        options.Retry.DisableForUnsafeHttpMethods();
        options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(!args.Context.CancellationToken.IsCancellationRequested && IsTransient(args.Outcome));
    }
}
