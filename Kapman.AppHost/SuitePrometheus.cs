using Kapman.AppHost.Suite;

namespace Kapman.AppHost;

/// <summary>Prometheus (Debian's <c>/usr/bin/prometheus</c>) as an executable resource, with the repository's scrape config and alert rules.</summary>
internal static class SuitePrometheus
{
    /// <summary>Prometheus's port on 127.0.0.1.</summary>
    public const int Port = 9090;

    private const string Binary = "/usr/bin/prometheus";

    /// <summary>
    /// Adds Prometheus scraping every host (<c>deploy/prometheus.yml</c>, rules in <c>deploy/prometheus/alerts.yml</c>),
    /// its data in <c>&lt;repo&gt;/.kapman/prometheus</c>. Skipped, with the reason on the AppHost's log, when the
    /// binary is not installed (deploy/setup.sh installs it): the suite runs without it.
    /// </summary>
    public static void AddPrometheus(this IDistributedApplicationBuilder builder, SuiteSettings settings)
    {
        if (!File.Exists(Binary))
        {
            Console.Error.WriteLine($"Prometheus is not installed ({Binary}); the suite runs without it (deploy/setup.sh installs it).");
            return;
        }

        builder.AddExecutable(
                "prometheus", Binary, settings.RepoRoot,
                "--config.file=deploy/prometheus.yml",
                $"--web.listen-address=127.0.0.1:{Port}",
                "--storage.tsdb.path=" + Path.Combine(SuiteLayout.StateDirectory(settings.RepoRoot), "prometheus"),
                "--storage.tsdb.retention.time=7d")
            .WithHttpEndpoint(port: Port, isProxied: false)
            .WithHttpHealthCheck("/-/ready");
    }
}
