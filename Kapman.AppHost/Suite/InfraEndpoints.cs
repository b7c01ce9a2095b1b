using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>Host and port of the infrastructure the suite needs, read from its connection strings.</summary>
public static class InfraEndpoints
{
    /// <summary>
    /// Host and port to probe for an Npgsql connection string (port 5432 when absent). A Unix-socket directory (the local
    /// superuser's peer login, e.g. <c>Host=/var/run/postgresql</c>) is probed on 127.0.0.1 at the same port: the local
    /// server listens on both.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string is malformed or names no host.</exception>
    public static (string Host, int Port) Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new ArgumentException("The Postgres connection string names no Host.", nameof(connectionString));
        }

        return (IsUnixSocket(builder.Host) ? "127.0.0.1" : builder.Host, builder.Port);
    }

    /// <summary>True when an Npgsql <c>Host</c> is a Unix-socket directory rather than a network host.</summary>
    public static bool IsUnixSocket(string host) => host.StartsWith('/');

    /// <summary>Host and port of an AMQP URI (port 5672 when absent, 5671 for <c>amqps://</c>).</summary>
    /// <exception cref="ArgumentException">
    /// The value is not an absolute amqp:// or amqps:// URI. The message never repeats the value: it may hold a password.
    /// </exception>
    public static (string Host, int Port) RabbitMq(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new ArgumentException(
                "The RabbitMQ connection string is not an amqp:// or amqps:// URI (value not shown: it may hold a password).", nameof(connectionString));
        }

        return (uri.Host, uri.IsDefaultPort || uri.Port < 0 ? (uri.Scheme == "amqps" ? 5671 : 5672) : uri.Port);
    }
}
