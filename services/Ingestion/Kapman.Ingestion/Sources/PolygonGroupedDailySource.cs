using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Loading;
using Polly;

namespace Kapman.Ingestion.Sources;

/// <summary>
/// The fallback source: Polygon's grouped daily aggregates, <c>GET {BaseUrl}/v2/aggs/grouped/locale/us/market/stocks/{date}?adjusted=false</c>,
/// with the API key from the environment (<c>POLYGON_API_KEY</c>) sent as a bearer token. Field mapping (Polygon docs):
/// <c>T</c> ticker, <c>v</c> volume, <c>o</c>/<c>h</c>/<c>l</c>/<c>c</c> prices, <c>n</c> trade count. The response is
/// turned into day_aggs_v1 rows and validated by <see cref="SessionFileParser"/> like a flat file; the window start is
/// the requested session's New York midnight, since the session is the request's date (the docs' sample <c>t</c> is
/// not a window start). An empty <c>results</c> is a missing session. HTTP retries come from the named client's
/// standard resilience handler (<see cref="ClientName"/>, with <see cref="AttemptTimeout"/> and <see cref="TotalTimeout"/>);
/// persisting failures (errors, timeouts, an open circuit) throw <see cref="SessionSourceUnavailableException"/>.
/// </summary>
public sealed class PolygonGroupedDailySource(HttpClient http, Uri baseUrl, string apiKey) : ISessionFileSource
{
    /// <summary>The name of the HttpClient the source is built with.</summary>
    public const string ClientName = "polygon";

    /// <summary>Longest wait for the response headers of one attempt.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Longest time for one session's request with its retries and their waits (a 429's <c>Retry-After</c> included).</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <inheritdoc />
    public string Describe(DateOnly session) => new Uri(baseUrl, Path(session)).ToString();

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(DateOnly session, CancellationToken ct) => !(await ReadAsync(session, ct)).Missing;

    /// <inheritdoc />
    public async Task<SessionFileReadResult> ReadAsync(DateOnly session, CancellationToken ct)
    {
        var source = Describe(session);
        JsonDocument document;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, Path(session) + "?adjusted=false"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new SessionFileReadResult(session, source, null, true, "Polygon has no grouped daily for the session");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SessionSourceUnavailableException($"Polygon answered {(int)response.StatusCode} for {source}");
            }

            document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        }
        // The resilience handler's timeouts and open circuit surface as ExecutionRejectedException once its retries are spent,
        // and HttpClient.Timeout (a stalled body) as a TaskCanceledException the caller did not ask for: the source is as
        // unreachable as with a network error, so the backfill stops there in order instead of crashing.
        catch (Exception ex) when (ex is HttpRequestException or ExecutionRejectedException
                                   || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new SessionSourceUnavailableException($"Polygon unreachable for {source}: {ex.Message}", ex);
        }
        catch (JsonException ex)
        {
            return new SessionFileReadResult(session, source, null, false, "Polygon response is not JSON: " + ex.Message);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() == 0)
            {
                return new SessionFileReadResult(session, source, null, true, "Polygon returned no results for the session");
            }

            var text = ToFlatFile(results, session);
            try
            {
                return new SessionFileReadResult(session, source, SessionFileParser.Parse(new StringReader(text), session), false, null);
            }
            catch (InvalidSessionFileException ex)
            {
                return new SessionFileReadResult(session, source, null, false, ex.Message);
            }
        }
    }

    /// <summary>The grouped-daily results as a day_aggs_v1 file (header and one row per result; absent fields stay empty, so the parser quarantines them).</summary>
    public static string ToFlatFile(JsonElement results, DateOnly session)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(session.ToDateTime(TimeOnly.MinValue), NewYork);
        var ns = new DateTimeOffset(start).ToUnixTimeMilliseconds() * 1_000_000;
        var text = new StringBuilder(SessionFileLayout.Header).Append('\n');
        foreach (var r in results.EnumerateArray())
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Field(r, "T")},{Field(r, "v")},{Field(r, "o")},{Field(r, "c")},{Field(r, "h")},{Field(r, "l")},{ns},{Field(r, "n")}\n");
        }

        return text.ToString();
    }

    private static string Path(DateOnly session) =>
        string.Create(CultureInfo.InvariantCulture, $"v2/aggs/grouped/locale/us/market/stocks/{session:yyyy-MM-dd}");

    private static string Field(JsonElement row, string name) => row.TryGetProperty(name, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Replace(",", " ", StringComparison.Ordinal),
        JsonValueKind.Number => value.GetRawText(),
        _ => string.Empty,
    } : string.Empty;
}
