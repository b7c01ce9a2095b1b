using System.Net;

namespace Kapman.Execution.Core.Brokers;

/// <summary>The broker did not answer usefully: a network error, a timeout or a 5xx status.</summary>
public sealed class BrokerUnavailableException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    public BrokerUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BrokerUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BrokerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of the broker.</summary>
    /// <param name="broker">The broker's name.</param>
    /// <param name="statusCode">The HTTP status, or null when there was no answer.</param>
    /// <param name="brokerMessages">The broker's error messages.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public BrokerUnavailableException(string broker, HttpStatusCode? statusCode, IReadOnlyList<string> brokerMessages, string message, Exception? innerException = null)
        : base(broker, statusCode, brokerMessages, message, innerException)
    {
    }
}
