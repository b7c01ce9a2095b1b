using Kapman.AppHost.Suite;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Cli;

/// <summary>Finds PostgreSQL, RabbitMQ and the SMTP sink, or starts them with <c>deploy/start-infra.sh</c>.</summary>
internal static class Infrastructure
{
    /// <summary>
    /// Runs <c>deploy/start-infra.sh</c> when PostgreSQL or RabbitMQ (from the configured connection strings) is
    /// not answering; returns false when they still are not answering afterwards.
    /// </summary>
    public static async Task<bool> EnsureAsync(CliSettings settings, TextWriter output, CancellationToken ct)
    {
        if (await CoreUpAsync(settings, ct))
        {
            return true;
        }

        var script = Path.Combine(settings.RepoRoot, "deploy", "start-infra.sh");
        output.WriteLine($"PostgreSQL or RabbitMQ is not answering; running {script}");
        var exitCode = await ProcessRunner.RunInheritedAsync("bash", [script], ct);
        if (exitCode != 0)
        {
            output.WriteLine($"start-infra.sh exited with {exitCode}.");
        }

        return await CoreUpAsync(settings, ct);
    }

    /// <summary>The SMTP endpoint when something answers on it, else null (the notification service then only logs).</summary>
    public static async Task<(string Host, int Port)?> SmtpAsync(CliSettings settings, CancellationToken ct)
    {
        var (host, port) = settings.Smtp;
        return await HealthProbe.IsTcpOpenAsync(host, port, ct) ? (host, port) : null;
    }

    private static async Task<bool> CoreUpAsync(CliSettings settings, CancellationToken ct)
    {
        var (pgHost, pgPort) = InfraEndpoints.Postgres(settings.PostgresConnectionString);
        var (mqHost, mqPort) = InfraEndpoints.RabbitMq(settings.RabbitMqConnectionString);
        return await HealthProbe.IsTcpOpenAsync(pgHost, pgPort, ct) && await HealthProbe.IsTcpOpenAsync(mqHost, mqPort, ct);
    }
}
