namespace Kapman.Deploy.Tests;

/// <summary>deploy/prometheus.yml: valid for promtool (its rule files included) and scraping the gateway, every host and RabbitMQ.</summary>
[TestFixture]
public sealed class PrometheusConfigTests
{
    private static string ConfigPath => Path.Combine(RepoFiles.Root, "deploy", "prometheus.yml");

    [Test]
    public async Task PromtoolCheckConfig_Passes()
    {
        var (exitCode, output) = await Promtool.RunAsync("check", "config", ConfigPath);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("SUCCESS: 1 rule files found"), "the alert rules are loaded");
        });
    }

    [TestCase("127.0.0.1:8080")]
    [TestCase("127.0.0.1:5100")]
    [TestCase("127.0.0.1:5101")]
    [TestCase("127.0.0.1:5102")]
    [TestCase("127.0.0.1:5103")]
    [TestCase("127.0.0.1:5104")]
    [TestCase("127.0.0.1:5105")]
    [TestCase("127.0.0.1:5106")]
    [TestCase("127.0.0.1:5107")]
    [TestCase("127.0.0.1:15692")]
    public async Task ScrapesTarget(string target)
    {
        var yaml = await File.ReadAllTextAsync(ConfigPath);

        Assert.That(yaml, Does.Contain($"- targets: [\"{target}\"]"));
    }

    [Test]
    public async Task RabbitMq_IsScrapedPerQueueFromTheDetailedEndpoint()
    {
        var yaml = await File.ReadAllTextAsync(ConfigPath);
        var job = yaml[yaml.IndexOf("- job_name: rabbitmq", StringComparison.Ordinal)..];

        Assert.Multiple(() =>
        {
            Assert.That(job, Does.Contain($"metrics_path: {RabbitMqMetricsTests.DetailedPath}"));
            Assert.That(job, Does.Contain("family: [queue_coarse_metrics]"));
            Assert.That(job, Does.Contain("vhost: [\"/\"]"));
        });
    }
}
