namespace Kapman.Ingestion.Sources;

/// <summary>A source (S3 endpoint, Polygon API) could not be reached after its retries; the load fails with this reason.</summary>
public sealed class SessionSourceUnavailableException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public SessionSourceUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the last error.</summary>
    public SessionSourceUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SessionSourceUnavailableException()
    {
    }
}
