using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Kapman.Options.Core;

namespace Kapman.Options.Polygon;

/// <summary>
/// Fetches <c>GET /v3/snapshot/options/{underlying}</c> (https://polygon.io/docs/options/get_v3_snapshot_options__underlyingasset),
/// following <c>next_url</c> until the last page, and reads the joined pages with <see cref="PolygonSnapshotReader"/>.
/// </summary>
/// <remarks>
/// At most <see cref="PolygonClientOptions.MaxConcurrency"/> underlyings are in flight and requests start at most
/// <see cref="PolygonClientOptions.RequestsPerSecond"/> per second (token bucket). Retries on network errors, 408, 429
/// and 5xx come from the standard resilience handler that ServiceDefaults puts on every HttpClient (with this client's
/// longer limits, <see cref="PolygonClientOptions.AttemptTimeout"/> and <see cref="PolygonClientOptions.TotalTimeout"/>). A <c>next_url</c>
/// on another host than <see cref="PolygonClientOptions.BaseUrl"/> is refused, so the key is never sent elsewhere.
/// </remarks>
public sealed class PolygonSnapshotClient : IDisposable
{
    private readonly HttpClient http;
    private readonly PolygonClientOptions options;
    private readonly SemaphoreSlim concurrency;
    private readonly TokenBucketRateLimiter limiter;

    /// <summary>Creates the client over <paramref name="http"/> (not disposed here).</summary>
    /// <exception cref="ArgumentException">The options have no API key, or non-positive limits.</exception>
    public PolygonSnapshotClient(HttpClient http, PolygonClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            throw new ArgumentException($"No Polygon API key: set {PolygonClientOptions.ApiKeyVariable}.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestsPerSecond, 1);
        this.http = http;
        this.options = options;
        concurrency = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.RequestsPerSecond,
            TokensPerPeriod = options.RequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>
    /// The whole chain of <paramref name="underlying"/> with the quotes of the moment, filed as <paramref name="asOf"/>. The endpoint has
    /// no date: call it only for the current session (<see cref="LiveSnapshotWindow.Serves"/>), as <see cref="Chains.SessionChainLoader"/> does.
    /// </summary>
    /// <exception cref="HttpRequestException">A page failed after the handler's retries.</exception>
    /// <exception cref="InvalidDataException">A page is not a snapshot response, or <c>next_url</c> leaves the API host.</exception>
    public async Task<OptionChainSnapshot> FetchAsync(string underlying, DateOnly asOf, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(underlying);
        await concurrency.WaitAsync(ct);
        try
        {
            var results = new JsonArray();
            Uri? next = new(options.BaseUrl, $"v3/snapshot/options/{Uri.EscapeDataString(underlying)}?limit={options.PageSize}");
            while (next is not null)
            {
                using var page = await GetPageAsync(next, ct);
                if (page.RootElement.ValueKind != JsonValueKind.Object
                    || !page.RootElement.TryGetProperty("results", out var rows) || rows.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException($"A {underlying} snapshot page has no 'results' array.");
                }

                foreach (var row in rows.EnumerateArray())
                {
                    results.Add(JsonNode.Parse(row.GetRawText()));
                }

                next = NextUrl(page.RootElement);
            }

            var body = new JsonObject { ["status"] = "OK", ["source"] = "Polygon /v3/snapshot/options", ["results"] = results };
            using var stream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body));
            return PolygonSnapshotReader.Read(stream, underlying, asOf);
        }
        finally
        {
            concurrency.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        concurrency.Dispose();
        limiter.Dispose();
    }

    private async Task<JsonDocument> GetPageAsync(Uri url, CancellationToken ct)
    {
        using var lease = await limiter.AcquireAsync(1, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Polygon answered {(int)response.StatusCode} for {url.GetLeftPart(UriPartial.Path)}.", null, response.StatusCode);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        return await JsonDocument.ParseAsync(stream, cancellationToken: ct);
    }

    private Uri? NextUrl(JsonElement root)
    {
        if (!root.TryGetProperty("next_url", out var element) || element.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(element.GetString()))
        {
            return null;
        }

        var next = new Uri(options.BaseUrl, element.GetString());
        return next.Scheme == options.BaseUrl.Scheme && next.Authority == options.BaseUrl.Authority
            ? next
            : throw new InvalidDataException($"next_url points to another host ({next.Authority}); refusing to send the API key there.");
    }
}
