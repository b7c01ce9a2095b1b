namespace Kapman.Web.Clients;

/// <summary>
/// Where the Ops page reads queues from: the RabbitMQ management HTTP API (configuration section
/// <c>Kapman:RabbitMq</c>, e.g. <c>Kapman__RabbitMq__ManagementUrl</c>); re-drive uses AMQP (<see cref="AmqpUrl"/>).
/// </summary>
public sealed class RabbitMqOptions
{
    /// <summary>Configuration section of these options.</summary>
    public const string Section = "Kapman:RabbitMq";

    /// <summary>Base address of the management API (its paths start with <c>/api/</c>).</summary>
    public Uri ManagementUrl { get; set; } = new("http://127.0.0.1:15672");

    /// <summary>Management API user (local default guest).</summary>
    public string ManagementUser { get; set; } = "guest";

    /// <summary>Management API password (local default guest; set it from the environment elsewhere).</summary>
    public string ManagementPassword { get; set; } = "guest";

    /// <summary>
    /// The broker's AMQP address for re-drive (user, password, host and port; the virtual host is <see cref="VirtualHost"/>):
    /// <c>Kapman:RabbitMq:AmqpUrl</c> when set, else <c>ConnectionStrings:RabbitMQ</c> (the services' bus), else the local guest.
    /// </summary>
    public Uri AmqpUrl { get; set; } = new("amqp://guest:guest@127.0.0.1:5672/");

    /// <summary>
    /// The virtual host the suite's queues live in: <c>Kapman:RabbitMq:VirtualHost</c> when set, else the one named by
    /// <c>ConnectionStrings:RabbitMQ</c> (the services' bus), else "/".
    /// </summary>
    public string VirtualHost { get; set; } = "/";

    /// <summary>Upper bound for one management API call, and for one publisher confirm of a re-drive.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The virtual host of an AMQP URI (<c>amqp://u:p@host:5672/vhost</c>, percent-decoded): "/" when the URI is
    /// missing, unreadable or has an empty path.
    /// </summary>
    public static string VirtualHostOf(string? amqpUri)
    {
        if (!Uri.TryCreate(amqpUri, UriKind.Absolute, out var uri))
        {
            return "/";
        }

        var path = uri.AbsolutePath.TrimStart('/');
        return path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
    }
}
