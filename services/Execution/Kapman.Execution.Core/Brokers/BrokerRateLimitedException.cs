using System.Net;

namespace Kapman.Execution.Core.Brokers;

/// <summary>The broker still answered 429 (too many requests) after the adapter's bounded retries.</summary>
public sealed class BrokerRateLimitedException : BrokerException
{
    /// <summary>Creates the exception.</summary>
    public BrokerRateLimitedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BrokerRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BrokerRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of the broker.</summary>
    /// <param name="broker">The broker's name.</param>
    /// <param name="statusCode">The HTTP status, or null when there was no answer.</param>
    /// <param name="brokerMessages">The broker's error messages.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public BrokerRateLimitedException(string broker, HttpStatusCode? statusCode, IReadOnlyList<string> brokerMessages, string message, Exception? innerException = null)
        : base(broker, statusCode, brokerMessages, message, innerException)
    {
    }

    /// <summary>Creates the exception for a 429 that outlived the retries.</summary>
    /// <param name="broker">The broker's name.</param>
    /// <param name="brokerMessages">The broker's messages.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="retryAfter">How long the broker asked to wait, when it said so.</param>
    public BrokerRateLimitedException(string broker, IReadOnlyList<string> brokerMessages, string message, TimeSpan? retryAfter)
        : base(broker, HttpStatusCode.TooManyRequests, brokerMessages, message)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the broker asked to wait (Retry-After or X-Ratelimit-Expiry), when it said so.</summary>
    public TimeSpan? RetryAfter { get; }
}
