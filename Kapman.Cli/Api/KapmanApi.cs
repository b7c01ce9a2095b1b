using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kapman.Cli.Api;

/// <summary>Typed calls to the suite's HTTP APIs through the gateway; mutating calls carry <c>X-Api-Key</c>.</summary>
/// <param name="http">Client whose <see cref="HttpClient.BaseAddress"/> is the gateway URL.</param>
/// <param name="apiKey">Gateway API key; mutating calls fail with 401 without it.</param>
internal sealed class KapmanApi(HttpClient http, string? apiKey)
{
    /// <summary>camelCase, case-insensitive, numbers also read from strings.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public Task<BackfillResult> BackfillAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        PostAsync<BackfillResult>("/api/ingestion/backfill", new { from = Iso(from), to = Iso(to) }, ct);

    public async Task<Guid> StartRunAsync(DateOnly session, CancellationToken ct) =>
        (await PostAsync<PipelineRunAccepted>("/api/ingestion/pipeline/runs", new { sessionDate = Iso(session), scope = "all" }, ct)).RunId;

    public Task<PipelineRun> GetRunAsync(Guid runId, CancellationToken ct) =>
        GetAsync<PipelineRun>($"/api/ingestion/pipeline/runs/{runId}", ct);

    public Task<SessionReport> GetSessionReportAsync(DateOnly session, CancellationToken ct) =>
        GetAsync<SessionReport>($"/api/ingestion/sessions/{Iso(session)}/report", ct);

    public async Task<int> CountIndicatorsAsync(DateOnly session, CancellationToken ct) =>
        (await GetAsync<JsonElement>($"/api/metrics/indicators?session={Iso(session)}", ct)).GetArrayLength();

    public Task<IReadOnlyList<WyckoffAlert>> GetAlertsAsync(DateOnly session, CancellationToken ct) =>
        GetAsync<IReadOnlyList<WyckoffAlert>>($"/api/wyckoff/alerts?session={Iso(session)}", ct);

    public Task<IReadOnlyList<Recommendation>> GetRecommendationsAsync(DateOnly session, CancellationToken ct) =>
        GetAsync<IReadOnlyList<Recommendation>>($"/api/recommendation/recommendations?session={Iso(session)}", ct);

    /// <summary>The session's directional calls on underlyings without a stored chain (scored, never tradable).</summary>
    public Task<IReadOnlyList<Recommendation>> GetUnderlyingOnlyCallsAsync(DateOnly session, CancellationToken ct) =>
        GetAsync<IReadOnlyList<Recommendation>>($"/api/recommendation/recommendations?session={Iso(session)}&underlyingOnly=true", ct);

    public Task<IReadOnlyList<ChainCoverage>> GetChainCoverageAsync(DateOnly session, CancellationToken ct) =>
        GetAsync<IReadOnlyList<ChainCoverage>>($"/api/options/chains/coverage?session={Iso(session)}", ct);

    public Task<IReadOnlyList<NotificationMessage>> GetMessagesAsync(int limit, CancellationToken ct) =>
        GetAsync<IReadOnlyList<NotificationMessage>>($"/api/notification/messages?limit={limit.ToString(CultureInfo.InvariantCulture)}", ct);

    /// <summary>
    /// Starts a backtest run in the recommendation service (<c>POST /api/recommendation/backtests</c>): structure code, ticker, range and
    /// the optional EV_net minimum ($); returns the run's id. The service reads its own data root.
    /// </summary>
    public async Task<Guid> StartBacktestAsync(string strategy, string underlying, DateOnly from, DateOnly to, double? minEvNet, CancellationToken ct) =>
        (await PostAsync<BacktestAccepted>("/api/recommendation/backtests", new { strategy, underlying, from = Iso(from), to = Iso(to), minEvNet }, ct)).Id;

    private async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
        return await ReadAsync<T>(response, "GET", path, ct);
    }

    private async Task<T> PostAsync<T>(string path, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, options: Json) };
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await http.SendAsync(request, ct);
        return await ReadAsync<T>(response, "POST", path, ct);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string method, string path, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            var hint = response.StatusCode == HttpStatusCode.Unauthorized ? " (set KAPMAN_API_KEY or run `kapman up` to create .kapman/api-key)" : string.Empty;
            throw new KapmanApiException(
                $"{method} {path} → {(int)response.StatusCode} {response.ReasonPhrase}{hint}: {body}", response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, ct)
            ?? throw new KapmanApiException($"{method} {path} → empty body");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
