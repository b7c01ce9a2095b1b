using System.Net.Http.Headers;
using System.Text;

namespace Kapman.Testing;

/// <summary>
/// How the tests reach the local servers deploy/start-infra.sh runs. PostgreSQL's superuser has no password: the tests
/// (run as root) log in over the Unix socket by peer authentication. RabbitMQ's only user is <c>kapman</c>, whose
/// generated password test.sh exports as <c>KAPMAN_RABBITMQ_PASSWORD</c>. Linked into every test project.
/// </summary>
internal static class LocalServers
{
    /// <summary>The directory of PostgreSQL's Unix socket on Debian.</summary>
    public const string PostgresSocket = "/var/run/postgresql";

    /// <summary>The superuser's connection to the <c>postgres</c> database, for creating and dropping test databases.</summary>
    public const string PostgresAdmin = $"Host={PostgresSocket};Port=5432;Username=postgres;Database=postgres;Pooling=false";

    /// <summary>The suite's RabbitMQ user.</summary>
    public const string RabbitMqUser = "kapman";

    /// <summary>The superuser's connection to <paramref name="database"/> (pooled).</summary>
    public static string Postgres(string database) => $"Host={PostgresSocket};Port=5432;Username=postgres;Database={database}";

    /// <summary>The RabbitMQ password from <c>KAPMAN_RABBITMQ_PASSWORD</c>; fails the test with what to run when it is not set.</summary>
    public static string RabbitMqPassword =>
        Environment.GetEnvironmentVariable("KAPMAN_RABBITMQ_PASSWORD") is { Length: > 0 } password
            ? password
            : throw new AssertionException(
                "KAPMAN_RABBITMQ_PASSWORD is not set: run the tests with ./test.sh, or export it from /var/lib/kapman/rabbitmq-password (written by deploy/start-infra.sh).");

    /// <summary>The AMQP URI of <paramref name="virtualHost"/> on 127.0.0.1:5672 as the suite's user.</summary>
    public static string RabbitMq(string virtualHost) =>
        $"amqp://{RabbitMqUser}:{Uri.EscapeDataString(RabbitMqPassword)}@127.0.0.1:5672/{Uri.EscapeDataString(virtualHost)}";

    /// <summary>Basic credentials of the suite's user for the management API on 127.0.0.1:15672.</summary>
    public static AuthenticationHeaderValue RabbitMqManagementAuth =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RabbitMqUser}:{RabbitMqPassword}")));
}
