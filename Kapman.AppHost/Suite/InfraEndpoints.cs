using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>Host and port of the infrastructure the suite needs, read from its connection strings.</summary>
public static class InfraEndpoints
{
    /// <summary>Host and port of an Npgsql connection string (port 5432 when absent).</summary>
    /// <exception cref="ArgumentException">The connection string is malformed or names no host.</exception>
    public static (string Host, int Port) Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new ArgumentException("The Postgres connection string names no Host.", nameof(connectionString));
        }

        return (builder.Host, builder.Port);
    }

    /// <summary>Host and port of an AMQP URI (port 5672 when absent).</summary>
    /// <exception cref="ArgumentException">The value is not an absolute amqp:// URI.</exception>
    public static (string Host, int Port) RabbitMq(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new ArgumentException($"'{connectionString}' is not an amqp:// URI.", nameof(connectionString));
        }

        return (uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port);
    }
}
