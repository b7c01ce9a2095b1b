using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Kapman.Cli.Api;

namespace Kapman.Cli.Backfill;

/// <summary>
/// The backfill-job endpoints through the gateway (<c>/api/ingestion/backfill/jobs</c>), resilient to a service restart:
/// network errors, timeouts and 502/503/504 are retried with exponential backoff (0.5 s doubling to at most 5 s) until
/// <paramref name="retryBudget"/> has passed without an answer. Starting is safe to retry: the service joins a running
/// job with the same plan instead of starting a second one.
/// </summary>
/// <param name="http">Client whose base address is the gateway.</param>
/// <param name="apiKey">Gateway API key (starting a job is a mutating call).</param>
/// <param name="retryBudget">How long the service may stay unreachable before the call fails.</param>
/// <param name="delay">Waits between retries (a test passes a no-op).</param>
internal sealed class BackfillJobClient(HttpClient http, string? apiKey, TimeSpan retryBudget, Func<TimeSpan, CancellationToken, Task>? delay = null) : IBackfillJobApi
{
    private const string Jobs = "/api/ingestion/backfill/jobs";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);
    private readonly Func<TimeSpan, CancellationToken, Task> wait = delay ?? Task.Delay;

    /// <inheritdoc />
    public async Task<BackfillJobStatus> StartAsync(BackfillJobRequest request, CancellationToken ct)
    {
        using var response = await SendAsync(() =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, new Uri(Jobs, UriKind.Relative)) { Content = JsonContent.Create(request, options: KapmanApi.Json) };
            if (!string.IsNullOrEmpty(apiKey))
            {
                message.Headers.Add("X-Api-Key", apiKey);
            }

            return message;
        }, ct);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var running = await response.Content.ReadFromJsonAsync<BackfillJobStatus>(KapmanApi.Json, ct);
            throw new KapmanApiException($"another backfill is running ({running?.From:yyyy-MM-dd} .. {running?.To:yyyy-MM-dd}, job {running?.Id}); wait for it or follow it", response.StatusCode);
        }

        return await ReadAsync(response, "POST " + Jobs, ct);
    }

    /// <inheritdoc />
    public async Task<BackfillJobStatus?> GetAsync(Guid id, CancellationToken ct)
    {
        var path = $"{Jobs}/{id}";
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), ct);
        return response.StatusCode == HttpStatusCode.NotFound && !response.Headers.Contains(GatewayError)
            ? null
            : await ReadAsync(response, "GET " + path, ct);
    }

    /// <summary>Header the gateway sets on errors it made itself (backend down, no route).</summary>
    private const string GatewayError = "X-Kapman-Gateway-Error";

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var backoff = TimeSpan.FromMilliseconds(500);
        while (true)
        {
            string failure;
            try
            {
                using var request = create();
                var response = await http.SendAsync(request, ct);
                if (response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                {
                    return response;
                }

                failure = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                response.Dispose();
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
            {
                failure = ex.Message;
            }

            if (started.Elapsed >= retryBudget)
            {
                throw new KapmanApiException($"the ingestion service did not answer for {retryBudget.TotalSeconds:0} s (last: {failure})");
            }

            await wait(backoff, ct);
            backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
        }
    }

    private static async Task<BackfillJobStatus> ReadAsync(HttpResponseMessage response, string call, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var hint = response.StatusCode == HttpStatusCode.Unauthorized ? " (set KAPMAN_API_KEY or run `kapman up` to create .kapman/api-key)" : string.Empty;
            throw new KapmanApiException($"{call} → {(int)response.StatusCode} {response.ReasonPhrase}{hint}: {await response.Content.ReadAsStringAsync(ct)}", response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<BackfillJobStatus>(KapmanApi.Json, ct)
            ?? throw new KapmanApiException(call + " → empty body");
    }
}
