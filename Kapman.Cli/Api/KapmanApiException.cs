using System.Net;

namespace Kapman.Cli.Api;

/// <summary>A Kapman API call through the gateway answered with a non-success status.</summary>
public sealed class KapmanApiException : Exception
{
    public KapmanApiException()
    {
    }

    public KapmanApiException(string message)
        : base(message)
    {
    }

    public KapmanApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="status"/> with the response body (problem+json) as detail.</summary>
    public KapmanApiException(string message, HttpStatusCode status)
        : base(message) => Status = status;

    /// <summary>The HTTP status the gateway or service answered.</summary>
    public HttpStatusCode? Status { get; }
}
