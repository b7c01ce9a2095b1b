namespace Kapman.Ingestion.Sources;

/// <summary>
/// Where Polygon's grouped-daily API is, configuration section <c>Kapman:Ingestion:Polygon</c>, validated at startup. The API key is
/// a secret and comes only from the environment (<see cref="ApiKeyVariable"/>), never from this section.
/// </summary>
public sealed class PolygonSourceOptions
{
    /// <summary>Configuration section of these options.</summary>
    public const string Section = "Kapman:Ingestion:Polygon";

    /// <summary>The environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "POLYGON_API_KEY";

    /// <summary>Message when <see cref="BaseUrl"/> is not an absolute http(s) URL.</summary>
    public const string BaseUrlMessage = Section + ":BaseUrl must be an absolute http(s) URL such as https://api.polygon.io/.";

    /// <summary>API root (<c>Kapman:Ingestion:Polygon:BaseUrl</c>). Default https://api.polygon.io/.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.polygon.io/");

    /// <summary>True when <see cref="BaseUrl"/> is an absolute http or https URL.</summary>
    public bool BaseUrlValid() => BaseUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" };

    /// <summary>The API key from the environment, or null when it is unset or empty.</summary>
    public static string? ApiKey() => Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null;
}
