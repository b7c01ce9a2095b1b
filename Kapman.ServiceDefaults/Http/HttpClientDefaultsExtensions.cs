using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Kapman.ServiceDefaults.Http;

/// <summary>
/// Resilience and service discovery on every HttpClient the factory makes, as eShop's ServiceDefaults do, plus the
/// per-client override for long calls. The standard handler replaces the hand-written Polly handler Kapman had before;
/// clients built without the factory (the LLM SDKs, AWSSDK.S3) keep their own retry settings and get none of this.
/// </summary>
public static class HttpClientDefaultsExtensions
{
    /// <summary>
    /// Adds service discovery (configuration <c>Services:{name}:{endpoint}</c>; other hosts pass through unchanged) and, on
    /// every HttpClient, the standard resilience handler tuned by <see cref="HttpResilience.Configure"/> with its
    /// defaults of 10 s per attempt and 30 s in all (a client's own <see cref="HttpClient.Timeout"/> still applies if
    /// shorter). One pipeline instance, hence one circuit breaker, per scheme+host+port, so a failing host does not open
    /// the circuit for the others.
    /// </summary>
    public static IServiceCollection AddKapmanHttpClientDefaults(this IServiceCollection services)
    {
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(HttpResilience.Configure).SelectPipelineBy(_ => ByAuthority);
            http.AddServiceDiscovery();
        });
        return services;
    }

    /// <summary>
    /// Replaces the default resilience handler of one client with one for long calls (downloads, slow APIs): each
    /// attempt may take <paramref name="attemptTimeout"/> until the response headers arrive and all attempts with their
    /// waits <paramref name="totalTimeout"/>; the client's <see cref="HttpClient.Timeout"/>, which also bounds reading a
    /// buffered body, becomes their sum. The retry rules stay those of <see cref="HttpResilience.Configure"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attemptTimeout"/> is not positive, or <paramref name="totalTimeout"/> is not longer.</exception>
    public static IHttpClientBuilder AddLongCallResilience(this IHttpClientBuilder http, TimeSpan attemptTimeout, TimeSpan totalTimeout)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(attemptTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(totalTimeout, attemptTimeout);
        // EXTEXP0001: RemoveAllResilienceHandlers is marked for evaluation in 10.10; it is the documented way to override
        // a handler added by ConfigureHttpClientDefaults, and a change to it breaks this build rather than the behaviour.
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.AddStandardResilienceHandler(options =>
            {
                HttpResilience.Configure(options);
                options.AttemptTimeout.Timeout = attemptTimeout;
                options.TotalRequestTimeout.Timeout = totalTimeout;
                // The handler requires the breaker's sampling window to hold at least two attempts.
                var window = attemptTimeout * 2;
                if (options.CircuitBreaker.SamplingDuration < window)
                {
                    options.CircuitBreaker.SamplingDuration = window;
                }
            })
            .SelectPipelineBy(_ => ByAuthority);
        return http.ConfigureHttpClient(client => client.Timeout = totalTimeout + attemptTimeout);
    }

    /// <summary>The pipeline key: scheme, host and port (no path or query, which may carry secrets into metrics).</summary>
    private static string ByAuthority(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? uri.GetLeftPart(UriPartial.Authority) : "relative";
}
