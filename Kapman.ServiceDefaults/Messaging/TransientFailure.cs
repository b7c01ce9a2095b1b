using System.Net.Sockets;
using Npgsql;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// Tells an outage of a dependency (PostgreSQL restarting or failing over, a dropped socket, a timeout) from a
/// failure of the message itself. An outage is retried for minutes (<see cref="RetryPolicy"/>), because the message
/// will succeed once the dependency is back; anything else fails fast to the <c>_error</c> queue.
/// </summary>
public static class TransientFailure
{
    /// <summary>
    /// True when <paramref name="exception"/> or any exception inside it is a connection-level failure:
    /// <see cref="NpgsqlException.IsTransient"/>, a PostgreSQL error of class 08 (connection exception),
    /// 53 (insufficient resources) or 57 (operator intervention: admin shutdown, cannot connect now), a socket or
    /// I/O error, or a timeout.
    /// </summary>
    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current switch
            {
                PostgresException postgres => postgres.IsTransient || postgres.SqlState[..2] is "08" or "53" or "57",
                NpgsqlException npgsql => npgsql.IsTransient,
                SocketException or IOException or TimeoutException => true,
                _ => false,
            })
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
            {
                return true;
            }
        }

        return false;
    }
}
