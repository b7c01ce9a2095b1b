namespace Kapman.Options.Polygon;

/// <summary>
/// Settings of <see cref="PolygonSnapshotClient"/>. The API key comes from the environment variable
/// <c>POLYGON_API_KEY</c> and is sent as an <c>Authorization: Bearer</c> header, never in a URL nor a log line.
/// </summary>
/// <param name="BaseUrl">API root, default https://api.polygon.io (configuration <c>Kapman:Options:Polygon:BaseUrl</c>).</param>
/// <param name="ApiKey">The API key; null or empty disables the client.</param>
/// <param name="PageSize">Contracts per page (Polygon's maximum is 250).</param>
/// <param name="MaxConcurrency">Underlyings fetched at once.</param>
/// <param name="RequestsPerSecond">Upper bound on requests started per second over all underlyings.</param>
public sealed record PolygonClientOptions(Uri BaseUrl, string? ApiKey, int PageSize = 250, int MaxConcurrency = 4, int RequestsPerSecond = 5)
{
    /// <summary>The environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "POLYGON_API_KEY";

    /// <summary>Longest wait for one page's response headers (one attempt).</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Longest time for one page with its retries and their waits, a 429's <c>Retry-After</c> included.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Polygon's production API root.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.polygon.io");

    /// <summary>True when an API key is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>Redacts the key so that logging the options can never leak it.</summary>
    public override string ToString() =>
        $"PolygonClientOptions {{ BaseUrl = {BaseUrl}, ApiKey = {(Enabled ? "***" : "(none)")}, PageSize = {PageSize}, MaxConcurrency = {MaxConcurrency}, RequestsPerSecond = {RequestsPerSecond} }}";
}
