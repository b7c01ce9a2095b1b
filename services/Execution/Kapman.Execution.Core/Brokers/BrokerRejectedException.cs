using System.Net;

namespace Kapman.Execution.Core.Brokers;

/// <summary>The broker refused the request as invalid (HTTP 400 or 422): an order it will not accept, an unknown symbol, an order that cannot be cancelled. Not retried.</summary>
public sealed class BrokerRejectedException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    public BrokerRejectedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BrokerRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BrokerRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of the broker.</summary>
    /// <param name="broker">The broker's name.</param>
    /// <param name="statusCode">The HTTP status, or null when there was no answer.</param>
    /// <param name="brokerMessages">The broker's error messages.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public BrokerRejectedException(string broker, HttpStatusCode? statusCode, IReadOnlyList<string> brokerMessages, string message, Exception? innerException = null)
        : base(broker, statusCode, brokerMessages, message, innerException)
    {
    }
}
