using System.Net;

namespace Kapman.Execution.Core.Brokers;

/// <summary>The broker refused the credentials (HTTP 401 or 403): a missing, wrong or expired token, or an account the token may not use. Not retried.</summary>
public sealed class BrokerAuthenticationException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    public BrokerAuthenticationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BrokerAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BrokerAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of the broker.</summary>
    /// <param name="broker">The broker's name.</param>
    /// <param name="statusCode">The HTTP status, or null when there was no answer.</param>
    /// <param name="brokerMessages">The broker's error messages.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public BrokerAuthenticationException(string broker, HttpStatusCode? statusCode, IReadOnlyList<string> brokerMessages, string message, Exception? innerException = null)
        : base(broker, statusCode, brokerMessages, message, innerException)
    {
    }
}
