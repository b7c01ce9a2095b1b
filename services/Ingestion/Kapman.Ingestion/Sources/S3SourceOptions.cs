using System.ComponentModel.DataAnnotations;

namespace Kapman.Ingestion.Sources;

/// <summary>
/// The S3 source, configuration section <c>Kapman:Ingestion:S3</c>: objects at <c>{Prefix}us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>
/// in <see cref="Bucket"/>. Validated at startup; <see cref="ServiceUrl"/> and <see cref="Bucket"/> are required when the s3 source
/// is the configured one (else when a backfill asks for it). Credentials never come from configuration: only from the environment
/// (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>).
/// </summary>
public sealed class S3SourceOptions
{
    /// <summary>Configuration section of these options.</summary>
    public const string Section = "Kapman:Ingestion:S3";

    /// <summary>Endpoint, e.g. <c>http://127.0.0.1:4568</c> for s3rver; path-style addressing is used. No default.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Bucket name. No default.</summary>
    public string? Bucket { get; set; }

    /// <summary>Key prefix before the layout, e.g. <c>flatfiles/</c>. Default empty.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>Signing region. Default us-east-1.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Retries with the SDK's exponential backoff before the load fails, ≥ 0. Default 4.</summary>
    [Range(0, int.MaxValue, ErrorMessage = Section + ":MaxErrorRetry must be ≥ 0.")]
    public int MaxErrorRetry { get; set; } = 4;

    /// <summary>Per-request timeout in seconds, ≥ 1. Default 30.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + ":TimeoutSeconds must be ≥ 1.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary><see cref="TimeoutSeconds"/> as a span.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>The first required key that is missing or empty (<c>Kapman:Ingestion:S3:ServiceUrl</c>, then <c>:Bucket</c>), or null.</summary>
    public string? MissingKey() =>
        string.IsNullOrEmpty(ServiceUrl) ? Section + ":ServiceUrl"
        : string.IsNullOrEmpty(Bucket) ? Section + ":Bucket"
        : null;
}
