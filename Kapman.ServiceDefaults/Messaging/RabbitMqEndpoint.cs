using System.Security.Authentication;
using MassTransit;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// The broker named by an AMQP URI (RabbitMQ's URI spec: <c>amqp[s]://user:password@host[:port]/vhost</c>, parts
/// percent-encoded). <c>amqps://</c> means TLS (port 5671 by default), with the host name checked against the server's
/// certificate; <c>amqp://</c> is plain (port 5672).
/// </summary>
public sealed record RabbitMqEndpoint(string Host, int Port, string VirtualHost, string User, string Password, bool UseTls)
{
    /// <summary>Reads an AMQP URI.</summary>
    /// <exception cref="ArgumentException">
    /// Not an absolute amqp:// or amqps:// URI, or it names no user. The message never repeats the value: it may hold a password.
    /// </exception>
    public static RabbitMqEndpoint Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new ArgumentException(
                "ConnectionStrings:RabbitMQ is not an amqp:// or amqps:// URI (value not shown: it may hold a password).", nameof(connectionString));
        }

        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length == 0)
        {
            // No silent fallback to RabbitMQ's guest user, which the suite deletes.
            throw new ArgumentException("ConnectionStrings:RabbitMQ names no user (amqp://user:password@host/vhost).", nameof(connectionString));
        }

        var tls = uri.Scheme == "amqps";
        var path = uri.AbsolutePath.Trim('/');
        return new RabbitMqEndpoint(
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? (tls ? 5671 : 5672) : uri.Port,
            path.Length == 0 ? "/" : Uri.UnescapeDataString(path),
            Uri.UnescapeDataString(credentials[0]),
            credentials.Length == 2 ? Uri.UnescapeDataString(credentials[1]) : "",
            tls);
    }

    /// <summary>Points the bus at this broker, with publisher confirms (the outbox relay marks a row published only on the broker's ack).</summary>
    public void Configure(IRabbitMqBusFactoryConfigurator rabbit)
    {
        ArgumentNullException.ThrowIfNull(rabbit);
        rabbit.Host(Host, (ushort)Port, VirtualHost, h =>
        {
            h.Username(User);
            h.Password(Password);
            h.PublisherConfirmation = true;
            if (UseTls)
            {
                h.UseSsl(ssl =>
                {
                    ssl.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
                    ssl.ServerName = Host;
                });
            }
        });
    }

    /// <summary>The endpoint without its password, for logs.</summary>
    public override string ToString() => $"{(UseTls ? "amqps" : "amqp")}://{User}@{Host}:{Port}/{VirtualHost}";
}
