namespace Kapman.Options.Polygon;

/// <summary>
/// Where the Polygon snapshot API is, configuration section <c>Kapman:Options:Polygon</c>, validated at startup. The API key is a
/// secret and comes only from the environment (<see cref="PolygonClientOptions.ApiKeyVariable"/>), never from this section.
/// </summary>
public sealed class PolygonOptions
{
    /// <summary>Configuration section of these options.</summary>
    public const string Section = "Kapman:Options:Polygon";

    /// <summary>Message when <see cref="BaseUrl"/> is not an absolute http(s) URL.</summary>
    public const string BaseUrlMessage = Section + ":BaseUrl must be an absolute http(s) URL such as https://api.polygon.io.";

    /// <summary>API root (<c>Kapman:Options:Polygon:BaseUrl</c>). Default https://api.polygon.io.</summary>
    public Uri BaseUrl { get; set; } = PolygonClientOptions.DefaultBaseUrl;

    /// <summary>True when <see cref="BaseUrl"/> is an absolute http or https URL.</summary>
    public bool BaseUrlValid() => BaseUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" };
}
