using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Sources;

/// <summary>
/// Reads session files from S3 (or an S3-compatible server such as s3rver) in the flat-file layout. Transient errors
/// are retried by the SDK with exponential backoff (<see cref="S3SourceOptions.MaxErrorRetry"/>); when they persist the
/// read throws <see cref="SessionSourceUnavailableException"/>. A missing object is a missing session.
/// </summary>
public sealed class S3SessionFileSource : ISessionFileSource, IDisposable
{
    private readonly S3SourceOptions options;
    private readonly string bucket;
    private readonly AmazonS3Client client;

    /// <summary>Creates the client from <paramref name="options"/> and the environment's credentials.</summary>
    /// <exception cref="ArgumentException">The service URL or the bucket is missing (<see cref="S3SourceOptions.MissingKey"/>).</exception>
    /// <exception cref="InvalidOperationException">AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set.</exception>
    public S3SessionFileSource(S3SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MissingKey() is { } missing)
        {
            throw new ArgumentException(missing + " is required for the s3 source.", nameof(options));
        }

        this.options = options;
        bucket = options.Bucket!;
        AWSCredentials credentials;
        try
        {
            credentials = new EnvironmentVariablesAWSCredentials();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException("The S3 source needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment.", ex);
        }

        client = new AmazonS3Client(credentials, new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = true,
            AuthenticationRegion = options.Region,
            MaxErrorRetry = options.MaxErrorRetry,
            Timeout = options.Timeout,
        });
    }

    /// <inheritdoc />
    public string Describe(DateOnly session) => $"s3://{bucket}/{Key(session)}";

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(DateOnly session, CancellationToken ct)
    {
        try
        {
            await client.GetObjectMetadataAsync(bucket, Key(session), ct);
            return true;
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            throw Unavailable(session, ex);
        }
    }

    /// <inheritdoc />
    public async Task<SessionFileReadResult> ReadAsync(DateOnly session, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            using var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = Key(session) }, ct);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return new SessionFileReadResult(session, Describe(session), null, true, "no object at " + Describe(session));
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            throw Unavailable(session, ex);
        }

        return GzipSessionDecoder.Decode(bytes, session, Describe(session));
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();

    private string Key(DateOnly session) => options.Prefix + SessionFileLayout.RelativePath(session);

    private SessionSourceUnavailableException Unavailable(DateOnly session, Exception ex) =>
        new($"S3 endpoint {options.ServiceUrl} unavailable for {Describe(session)} after {options.MaxErrorRetry} retries: {ex.Message}", ex);
}
