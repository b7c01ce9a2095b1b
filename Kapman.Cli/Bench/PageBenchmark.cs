using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Kapman.Cli.Bench;

/// <summary>
/// Requests each page <c>warmUp</c> times untimed, then <c>requests</c> times timed, one request at a time on a
/// keep-alive connection. A timed request counts when it answers 200; its time is the Server-Timing duration if the
/// response has one, else the client's stopwatch from sending the request to reading the last body byte.
/// </summary>
/// <param name="http">Client whose base address is the gateway.</param>
/// <param name="warmUp">Untimed requests per page first (JIT, connection pools, caches).</param>
/// <param name="requests">Timed requests per page.</param>
/// <param name="delay">Pause after every request, to stay under the gateway's per-IP rate limit.</param>
internal sealed class PageBenchmark(HttpClient http, int warmUp, int requests, TimeSpan delay)
{
    /// <summary>Wait after a 429 when the gateway sends no usable Retry-After.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>429 answers seen (warm-up included); each was followed by the Retry-After wait.</summary>
    public int RateLimited { get; private set; }

    /// <summary>
    /// Finds the ticker with events and a recommendation id through the gateway APIs (a failing look-up just leaves
    /// that page out) and returns <see cref="BenchTargets.Pages"/>.
    /// </summary>
    public async Task<IReadOnlyList<BenchPage>> DiscoverAsync(CancellationToken ct)
    {
        var snapshots = await GetJsonAsync("/api/wyckoff/snapshots", ct);
        var recommendations = await GetJsonAsync("/api/recommendation/recommendations", ct);
        return BenchTargets.Pages(
            snapshots is { } s ? BenchTargets.TickerWithMostEvents(s) : null,
            recommendations is { } r ? BenchTargets.FirstRecommendationId(r) : null);
    }

    /// <summary>Times every page in turn; <paramref name="progress"/> gets each page's figures as they are done.</summary>
    public async Task<IReadOnlyList<PageTimings>> RunAsync(IReadOnlyList<BenchPage> pages, Action<PageTimings> progress, CancellationToken ct)
    {
        var results = new List<PageTimings>(pages.Count);
        foreach (var page in pages)
        {
            for (var i = 0; i < warmUp; i++)
            {
                await MeasureAsync(page.Path, ct);
            }

            var samples = new List<PageSample>(requests);
            var failures = 0;
            for (var i = 0; i < requests; i++)
            {
                if (await MeasureAsync(page.Path, ct) is { } sample)
                {
                    samples.Add(sample);
                }
                else
                {
                    failures++;
                }
            }

            var timings = PageTimings.From(page, samples, failures);
            progress(timings);
            results.Add(timings);
        }

        return results;
    }

    private async Task<PageSample?> MeasureAsync(string path, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        watch.Stop();
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            RateLimited++;
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? DefaultRetryAfter, ct);
            return null;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, ct);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var server = response.Headers.TryGetValues("Server-Timing", out var values) ? ServerTiming.Duration(values) : null;
        return server is { } ms
            ? new PageSample(ms, body.LongLength, TimeSource.Server)
            : new PageSample(watch.Elapsed.TotalMilliseconds, body.LongLength, TimeSource.Client);
    }

    private async Task<JsonElement?> GetJsonAsync(string path, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return json.RootElement.Clone();
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            return null;
        }
    }
}
