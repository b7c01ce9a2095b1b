namespace Kapman.Ingestion.Sources;

/// <summary>
/// The S3 source (<c>Kapman:Ingestion:S3:*</c>): objects at <c>{Prefix}us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>
/// in <see cref="Bucket"/>. Credentials never come from configuration: only from the environment
/// (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>).
/// </summary>
/// <param name="ServiceUrl">Endpoint, e.g. <c>http://127.0.0.1:4568</c> for s3rver; path-style addressing is used.</param>
/// <param name="Bucket">Bucket name.</param>
/// <param name="Prefix">Key prefix before the layout, e.g. <c>flatfiles/</c>; empty for none.</param>
/// <param name="Region">Signing region (default us-east-1).</param>
/// <param name="MaxErrorRetry">Retries with the SDK's exponential backoff before the load fails (default 4).</param>
/// <param name="Timeout">Per-request timeout.</param>
public sealed record S3SourceOptions(string ServiceUrl, string Bucket, string Prefix, string Region, int MaxErrorRetry, TimeSpan Timeout);
