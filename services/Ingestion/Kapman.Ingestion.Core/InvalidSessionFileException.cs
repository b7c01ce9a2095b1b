namespace Kapman.Ingestion.Core;

/// <summary>A session file that cannot be read at all (empty, wrong header): it is rejected whole and loads no rows.</summary>
public sealed class InvalidSessionFileException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public InvalidSessionFileException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the underlying error (e.g. a truncated gzip stream).</summary>
    public InvalidSessionFileException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidSessionFileException()
    {
    }
}
