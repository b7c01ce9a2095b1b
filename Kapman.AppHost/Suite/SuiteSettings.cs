using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>
/// What the AppHost needs from its environment, read once at start. Secrets come only from configuration (environment
/// variables in practice) or are generated per run; <see cref="ToString"/> never prints them.
/// </summary>
/// <param name="RepoRoot">The repository root (the folder holding <c>Kapman.sln</c>).</param>
/// <param name="DataRoot">Flat-file root the services read (<c>Kapman:Data:Root</c>, default <c>&lt;repo&gt;/data/sample</c>).</param>
/// <param name="ApiKey">The gateway API key (<c>KAPMAN_API_KEY</c>, required).</param>
/// <param name="GatewayToken">The services' credential for calls from the gateway: <c>KAPMAN_GATEWAY_TOKEN</c>, else 64 random hex characters per run.</param>
/// <param name="AdminConnectionString">Administrator login used only to create the database and roles
/// (<c>ConnectionStrings:postgres-admin</c>, default peer login over <c>/var/run/postgresql</c>).</param>
/// <param name="AppRolePassword">Password set on the services' role <c>kapman_app</c> (<c>KAPMAN_DB_PASSWORD</c>, else random per run);
/// null when <c>ConnectionStrings:Postgres</c> is given and used as is.</param>
/// <param name="GivenServiceConnectionString"><c>ConnectionStrings:Postgres</c> when the environment provides the services' login.</param>
/// <param name="RabbitMqConnectionString"><c>ConnectionStrings:RabbitMQ</c>, else <c>amqp://kapman:&lt;KAPMAN_RABBITMQ_PASSWORD&gt;@127.0.0.1:5672/</c>.</param>
/// <param name="SmtpHost">SMTP server for notification mail (<c>Kapman:Smtp:Host</c>, default 127.0.0.1).</param>
/// <param name="SmtpPort">Its port (<c>Kapman:Smtp:Port</c>, default 2525).</param>
/// <param name="DatabasePerService"><c>Kapman:Data:DatabasePerService</c> (default false): each service gets its own database
/// (<see cref="ServiceDatabases"/>) and reads other services' read contracts from their owners' databases; false shares one.</param>
/// <param name="Channels">The notification service's Telegram and Discord settings and secrets (<see cref="NotificationChannels"/>).</param>
public sealed record SuiteSettings(
    string RepoRoot,
    string DataRoot,
    string ApiKey,
    string GatewayToken,
    string AdminConnectionString,
    string? AppRolePassword,
    string? GivenServiceConnectionString,
    string RabbitMqConnectionString,
    string SmtpHost,
    int SmtpPort,
    bool DatabasePerService = false,
    NotificationChannels? Channels = null)
{
    /// <summary>The default administrator login: peer authentication over the local Unix socket (deploy/start-infra.sh).</summary>
    public const string DefaultAdminConnectionString = "Host=/var/run/postgresql;Port=5432;Database=kapman;Username=postgres";

    /// <summary>The suite's RabbitMQ user (deploy/start-infra.sh creates it).</summary>
    public const string RabbitMqUser = "kapman";

    /// <summary>The services' PostgreSQL login: the given one, else <c>kapman_app</c> with <see cref="AppRolePassword"/> over TCP.</summary>
    public string ServiceConnectionString
    {
        get
        {
            if (GivenServiceConnectionString is not null || AppRolePassword is null)
            {
                return GivenServiceConnectionString ?? AdminConnectionString;
            }

            var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
            {
                Username = DatabaseBootstrapper.AppRole,
                Password = AppRolePassword,
            };
            if (InfraEndpoints.IsUnixSocket(builder.Host ?? ""))
            {
                builder.Host = "127.0.0.1";
            }

            return builder.ConnectionString;
        }
    }

    /// <summary>
    /// The PostgreSQL login <paramref name="service"/> uses for its own data: <see cref="ServiceConnectionString"/>, pointed
    /// at the service's own database when <see cref="DatabasePerService"/> is on.
    /// </summary>
    /// <exception cref="ArgumentException">With one database per service, <paramref name="service"/> keeps no data.</exception>
    public string ServiceConnectionStringFor(string service) =>
        DatabasePerService ? ServiceDatabases.For(ServiceConnectionString, service) : ServiceConnectionString;

    /// <summary>Reads the settings from <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidOperationException"><c>KAPMAN_API_KEY</c> is missing, there are no RabbitMQ credentials, or
    /// <c>Kapman:Data:DatabasePerService</c> is not true or false.</exception>
    public static SuiteSettings From(IConfiguration configuration, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? Value(string key) => string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key];
        var apiKey = Value("KAPMAN_API_KEY")
            ?? throw new InvalidOperationException("KAPMAN_API_KEY is not set: the gateway needs it (./kapman.sh up issues one in .kapman/api-key).");
        var rabbit = Value("ConnectionStrings:RabbitMQ")
            ?? (Value("KAPMAN_RABBITMQ_PASSWORD") is { } password
                ? $"amqp://{RabbitMqUser}:{Uri.EscapeDataString(password)}@127.0.0.1:5672/"
                : throw new InvalidOperationException(
                    "No RabbitMQ credentials: set ConnectionStrings__RabbitMQ, or KAPMAN_RABBITMQ_PASSWORD (deploy/start-infra.sh writes it to /var/lib/kapman/rabbitmq-password)."));
        var given = Value("ConnectionStrings:Postgres");
        return new SuiteSettings(
            repoRoot,
            Path.GetFullPath(Value("Kapman:Data:Root") ?? SuiteLayout.DefaultDataRoot(repoRoot)),
            apiKey,
            Value(SuiteLayout.GatewayTokenVariable) ?? RandomNumberGenerator.GetHexString(64, lowercase: true),
            Value("ConnectionStrings:postgres-admin") ?? DefaultAdminConnectionString,
            given is null ? Value("KAPMAN_DB_PASSWORD") ?? RandomNumberGenerator.GetHexString(32, lowercase: true) : null,
            given,
            rabbit,
            Value("Kapman:Smtp:Host") ?? "127.0.0.1",
            int.TryParse(Value("Kapman:Smtp:Port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : 2525,
            Value("Kapman:Data:DatabasePerService") switch
            {
                null => false,
                var flag when bool.TryParse(flag, out var perService) => perService,
                var flag => throw new InvalidOperationException($"Kapman:Data:DatabasePerService is '{flag}'; expected true or false."),
            },
            NotificationChannels.From(configuration));
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"SuiteSettings {{ RepoRoot = {RepoRoot}, DataRoot = {DataRoot}, Postgres = {InfraEndpoints.Postgres(AdminConnectionString)}, " +
        $"RabbitMQ = {InfraEndpoints.RabbitMq(RabbitMqConnectionString)}, Smtp = {SmtpHost}:{SmtpPort}, " +
        $"Databases = {(DatabasePerService ? "one per service" : "shared")} }}";
}
