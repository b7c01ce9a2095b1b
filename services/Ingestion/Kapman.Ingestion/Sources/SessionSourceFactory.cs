using System.Globalization;
using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Sources;

/// <summary>
/// Builds the configured <see cref="ISessionFileSource"/> from <c>Kapman:Ingestion:Source</c>: <c>local</c> (default),
/// <c>s3</c> (<c>Kapman:Ingestion:S3:ServiceUrl</c>, <c>:Bucket</c>, <c>:Prefix</c>, <c>:Region</c>, <c>:MaxErrorRetry</c>,
/// <c>:TimeoutSeconds</c>; credentials from the environment) or <c>polygon</c> (<c>Kapman:Ingestion:Polygon:BaseUrl</c>,
/// default https://api.polygon.io/; key from env <c>POLYGON_API_KEY</c>).
/// </summary>
public static class SessionSourceFactory
{
    /// <summary>The configuration key that selects the source.</summary>
    public const string SourceKey = "Kapman:Ingestion:Source";

    /// <summary>The source names: <c>local</c>, <c>s3</c>, <c>polygon</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["local", "s3", "polygon"];

    /// <summary>The configured source's name (<c>local</c> when unset).</summary>
    public static string ConfiguredName(IConfiguration configuration) => configuration[SourceKey] ?? "local";

    /// <summary>Creates the configured source.</summary>
    /// <exception cref="InvalidOperationException">An unknown source name, or a required setting or secret is missing.</exception>
    public static ISessionFileSource Create(IServiceProvider services) =>
        Create(services, ConfiguredName(services.GetRequiredService<IConfiguration>()));

    /// <summary>Creates the source called <paramref name="name"/> from its settings.</summary>
    /// <exception cref="InvalidOperationException">An unknown source name, or a required setting or secret is missing.</exception>
    public static ISessionFileSource Create(IServiceProvider services, string name)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        return name switch
        {
            "local" => new LocalSessionFileSource(services.GetRequiredService<IngestionOptions>()),
            "s3" => new S3SessionFileSource(new S3SourceOptions(
                Required(configuration, "Kapman:Ingestion:S3:ServiceUrl"),
                Required(configuration, "Kapman:Ingestion:S3:Bucket"),
                configuration["Kapman:Ingestion:S3:Prefix"] ?? string.Empty,
                configuration["Kapman:Ingestion:S3:Region"] ?? "us-east-1",
                configuration.GetValue("Kapman:Ingestion:S3:MaxErrorRetry", 4),
                TimeSpan.FromSeconds(configuration.GetValue("Kapman:Ingestion:S3:TimeoutSeconds", 30)))),
            "polygon" => new PolygonGroupedDailySource(
                services.GetRequiredService<IHttpClientFactory>().CreateClient(PolygonGroupedDailySource.ClientName),
                new Uri(configuration["Kapman:Ingestion:Polygon:BaseUrl"] ?? "https://api.polygon.io/"),
                Environment.GetEnvironmentVariable("POLYGON_API_KEY") is { Length: > 0 } key
                    ? key
                    : throw new InvalidOperationException("The polygon source needs POLYGON_API_KEY in the environment.")),
            _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{SourceKey} is '{name}': use local, s3 or polygon.")),
        };
    }

    private static string Required(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : throw new InvalidOperationException(key + " is required for the s3 source.");
}
