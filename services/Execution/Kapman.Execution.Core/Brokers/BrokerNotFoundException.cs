using System.Net;

namespace Kapman.Execution.Core.Brokers;

/// <summary>The broker does not know the resource (HTTP 404), e.g. an order id of another account.</summary>
public sealed class BrokerNotFoundException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    public BrokerNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BrokerNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BrokerNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of the broker.</summary>
    /// <param name="broker">The broker's name.</param>
    /// <param name="statusCode">The HTTP status, or null when there was no answer.</param>
    /// <param name="brokerMessages">The broker's error messages.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public BrokerNotFoundException(string broker, HttpStatusCode? statusCode, IReadOnlyList<string> brokerMessages, string message, Exception? innerException = null)
        : base(broker, statusCode, brokerMessages, message, innerException)
    {
    }
}
