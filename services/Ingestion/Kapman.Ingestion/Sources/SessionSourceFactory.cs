using System.Globalization;
using Kapman.Ingestion.Loading;
using Microsoft.Extensions.Options;

namespace Kapman.Ingestion.Sources;

/// <summary>
/// Builds an <see cref="ISessionFileSource"/> by name: <c>local</c> (files under <see cref="DataFiles"/>), <c>s3</c>
/// (<see cref="S3SourceOptions"/>; credentials from the environment) or <c>polygon</c> (<see cref="PolygonSourceOptions"/>; key
/// from env <c>POLYGON_API_KEY</c>).
/// </summary>
public static class SessionSourceFactory
{
    /// <summary>The source names: <c>local</c>, <c>s3</c>, <c>polygon</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["local", "s3", "polygon"];

    /// <summary>Why the source called <paramref name="name"/> cannot be created with these settings, or null when it can.</summary>
    public static string? Problem(string name, S3SourceOptions s3) => name switch
    {
        "local" => null,
        "s3" => s3.MissingKey() is { } key ? key + " is required for the s3 source." : null,
        "polygon" => PolygonSourceOptions.ApiKey() is null ? $"The polygon source needs {PolygonSourceOptions.ApiKeyVariable} in the environment." : null,
        _ => string.Create(CultureInfo.InvariantCulture, $"{IngestionOptions.Section}:Source is '{name}': use local, s3 or polygon."),
    };

    /// <summary>Creates the source called <paramref name="name"/> from its settings.</summary>
    /// <exception cref="InvalidOperationException">An unknown source name, or a required setting or secret is missing (<see cref="Problem"/>).</exception>
    public static ISessionFileSource Create(IServiceProvider services, string name)
    {
        var s3 = services.GetRequiredService<IOptions<S3SourceOptions>>().Value;
        if (Problem(name, s3) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        return name switch
        {
            "local" => new LocalSessionFileSource(services.GetRequiredService<DataFiles>()),
            "s3" => new S3SessionFileSource(s3),
            _ => new PolygonGroupedDailySource(
                services.GetRequiredService<IHttpClientFactory>().CreateClient(PolygonGroupedDailySource.ClientName),
                services.GetRequiredService<IOptions<PolygonSourceOptions>>().Value.BaseUrl,
                PolygonSourceOptions.ApiKey()!),
        };
    }
}
