using System.Security.Cryptography;

namespace Kapman.AppHost.Suite;

/// <summary>Everything <see cref="SuiteHost"/> needs to start the suite on this machine.</summary>
/// <param name="RepoRoot">Absolute path of the folder holding <c>Kapman.sln</c>.</param>
/// <param name="DataRoot">Absolute path given to every service as <c>Kapman__Data__Root</c> (flat files and chain snapshots).</param>
/// <param name="ApiKey">The gateway API key (the gateway reads it as <c>KAPMAN_API_KEY</c>).</param>
/// <param name="PostgresConnectionString">
/// Npgsql connection string; its database is created when missing. With <paramref name="AppRolePassword"/> it is
/// an administrator's connection used only to create the database and roles; otherwise the services use it as is
/// (a managed database whose roles are provisioned elsewhere).
/// </param>
/// <param name="RabbitMqConnectionString">AMQP URI, e.g. <c>amqp://kapman:PASSWORD@127.0.0.1:5672/</c>.</param>
/// <param name="SmtpHost">SMTP host for the notification service; <c>null</c> leaves the service's own default (log only).</param>
/// <param name="SmtpPort">SMTP port; only passed when <paramref name="SmtpHost"/> is set.</param>
/// <param name="Configuration">Build configuration whose binaries are launched (<c>bin/&lt;Configuration&gt;/net10.0</c>).</param>
/// <param name="AppRolePassword">
/// When set, the suite creates the login role <c>kapman_app</c> (not a superuser) with this password as the
/// database's owner, plus the read-only <c>kapman_market_reader</c>, and the services connect as <c>kapman_app</c>.
/// </param>
public sealed record SuiteOptions(
    string RepoRoot,
    string DataRoot,
    string ApiKey,
    string PostgresConnectionString,
    string RabbitMqConnectionString,
    string? SmtpHost,
    int? SmtpPort,
    string Configuration = "Release",
    string? AppRolePassword = null)
{
    /// <summary>
    /// The credential the gateway adds to every request it forwards to a service (<c>KAPMAN_GATEWAY_TOKEN</c>); the
    /// services refuse every call but GET/HEAD/OPTIONS without it. A fresh random value for each suite: only the
    /// gateway and the services it starts need it, and a test that calls a service port directly reads it here.
    /// </summary>
    public string GatewayToken { get; init; } = RandomNumberGenerator.GetHexString(64, lowercase: true);

    /// <summary>
    /// The connection string the services get: the app role's when the suite manages roles, else the given one. The app
    /// role logs in with its password over TCP: when the administrator's connection is the superuser's peer login over
    /// the Unix socket, the services connect to 127.0.0.1 at the same port instead.
    /// </summary>
    public string ServiceConnectionString
    {
        get
        {
            if (AppRolePassword is null)
            {
                return PostgresConnectionString;
            }

            var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString)
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
    /// The options without their secrets (the API key, the gateway token, the app role's password and any password in
    /// the connection strings), so that logging or printing the options never leaks them; a record would print them all.
    /// </summary>
    public override string ToString() =>
        $"SuiteOptions {{ RepoRoot = {RepoRoot}, DataRoot = {DataRoot}, Postgres = {InfraEndpoints.Postgres(PostgresConnectionString)}, " +
        $"RabbitMQ = {InfraEndpoints.RabbitMq(RabbitMqConnectionString)}, Smtp = {SmtpHost}:{SmtpPort}, Configuration = {Configuration} }}";
}
