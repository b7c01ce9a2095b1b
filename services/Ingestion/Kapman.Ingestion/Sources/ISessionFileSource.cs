using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Sources;

/// <summary>
/// Where session files come from (<c>Kapman:Ingestion:Source</c> = <c>local</c>, <c>s3</c> or <c>polygon</c>). Every
/// source yields the same validated batch: a <see cref="SessionFileReadResult"/> parsed by <c>SessionFileParser</c>,
/// missing, or rejected whole with the reason.
/// </summary>
public interface ISessionFileSource
{
    /// <summary>Where the session's data is looked for, e.g. <c>s3://bucket/us_stocks_sip/...</c>.</summary>
    string Describe(DateOnly session);

    /// <summary>True when the source has data for the session.</summary>
    /// <exception cref="SessionSourceUnavailableException">The source cannot be reached after its retries.</exception>
    Task<bool> ExistsAsync(DateOnly session, CancellationToken ct);

    /// <summary>Reads and validates the session's data.</summary>
    /// <exception cref="SessionSourceUnavailableException">The source cannot be reached after its retries.</exception>
    Task<SessionFileReadResult> ReadAsync(DateOnly session, CancellationToken ct);
}
