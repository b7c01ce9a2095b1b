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

    /// <summary>Management API user: <c>Kapman:RabbitMq:ManagementUser</c>, else the user of <c>ConnectionStrings:RabbitMQ</c>.</summary>
    public string ManagementUser { get; set; } = "";

    /// <summary>Management API password: <c>Kapman:RabbitMq:ManagementPassword</c>, else the password of <c>ConnectionStrings:RabbitMQ</c>.</summary>
    public string ManagementPassword { get; set; } = "";

    /// <summary>
    /// The broker's AMQP address for re-drive (user, password, host and port; the virtual host is <see cref="VirtualHost"/>):
    /// <c>Kapman:RabbitMq:AmqpUrl</c> when set, else <c>ConnectionStrings:RabbitMQ</c> (the services' bus), else the local broker with no user (the suite deletes RabbitMQ's <c>guest</c>, so re-drive then fails with a clear error).
    /// </summary>
    public Uri AmqpUrl { get; set; } = new("amqp://127.0.0.1:5672/");

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

    /// <summary>
    /// The user and password of an AMQP URI (<c>amqp://user:password@host:5672/vhost</c>, percent-decoded), or empty
    /// strings when the URI is missing, unreadable or carries none. There is no default user: the suite deletes
    /// RabbitMQ's <c>guest</c>.
    /// </summary>
    public static (string User, string Password) CredentialsOf(string? amqpUri)
    {
        if (!Uri.TryCreate(amqpUri, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0)
        {
            return ("", "");
        }

        var parts = uri.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "");
    }
}
