using System.Net;
using System.Net.Http.Json;
using Kapman.Cli.Api;

namespace Kapman.Cli.History;

/// <summary>
/// The history-job endpoints through the gateway: <c>POST /api/&lt;service&gt;/history/compute</c> (with the API key: a mutating
/// call) and <c>GET /api/&lt;service&gt;/history/jobs/{id}</c>.
/// </summary>
/// <param name="http">Client whose base address is the gateway.</param>
/// <param name="apiKey">Gateway API key.</param>
internal sealed class HistoryJobClient(HttpClient http, string? apiKey) : IHistoryJobApi
{
    /// <inheritdoc />
    public async Task<HistoryJobStatus> StartAsync(string service, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var path = $"/api/{service}/history/compute";
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(new { from, to }, options: KapmanApi.Json),
        };
        if (!string.IsNullOrEmpty(apiKey))
        {
            message.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await SendAsync(message, "POST " + path, ct);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var running = await response.Content.ReadFromJsonAsync<HistoryJobStatus>(KapmanApi.Json, ct);
            throw new KapmanApiException($"{service} is already computing history for {running?.From:yyyy-MM-dd} .. {running?.To:yyyy-MM-dd} (job {running?.Id}); wait for it", response.StatusCode);
        }

        return await ReadAsync(response, "POST " + path, ct);
    }

    /// <inheritdoc />
    public async Task<HistoryJobStatus?> GetAsync(string service, Guid id, CancellationToken ct)
    {
        var path = $"/api/{service}/history/jobs/{id}";
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        using var response = await SendAsync(message, "GET " + path, ct);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(response, "GET " + path, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, string call, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(message, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new KapmanApiException($"{call}: {ex.Message}");
        }
    }

    private static async Task<HistoryJobStatus> ReadAsync(HttpResponseMessage response, string call, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var hint = response.StatusCode == HttpStatusCode.Unauthorized ? " (set KAPMAN_API_KEY or run `kapman up` to create .kapman/api-key)" : string.Empty;
            throw new KapmanApiException($"{call} → {(int)response.StatusCode} {response.ReasonPhrase}{hint}: {await response.Content.ReadAsStringAsync(ct)}", response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<HistoryJobStatus>(KapmanApi.Json, ct)
            ?? throw new KapmanApiException(call + " → empty body");
    }
}
