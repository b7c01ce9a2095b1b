using System.Net;

namespace Kapman.Execution.Core.Brokers;

/// <summary>A broker call failed; the message carries the broker's own words where it gave any.</summary>
public class BrokerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BrokerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BrokerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BrokerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of the broker.</summary>
    /// <param name="broker">The broker's name, e.g. <c>tradier</c>.</param>
    /// <param name="statusCode">The HTTP status, or null when there was no answer.</param>
    /// <param name="brokerMessages">The broker's error messages, in its order.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public BrokerException(string broker, HttpStatusCode? statusCode, IReadOnlyList<string> brokerMessages, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Broker = broker;
        StatusCode = statusCode;
        BrokerMessages = brokerMessages;
    }

    /// <summary>The broker's name, or empty.</summary>
    public string Broker { get; } = string.Empty;

    /// <summary>The HTTP status of the broker's answer, or null.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The broker's error messages as it wrote them (Tradier <c>{"errors":{"error":[…]}}</c>); empty when it gave none.</summary>
    public IReadOnlyList<string> BrokerMessages { get; } = [];
}
