using System.Diagnostics;

namespace Kapman.Gateway.Tests;

/// <summary>deploy/prometheus.yml: valid for promtool and scraping the gateway exporter plus every host.</summary>
[TestFixture]
public sealed class PrometheusConfigTests
{
    private static string ConfigPath => Path.Combine(RepoPaths.Root, "deploy", "prometheus.yml");

    [Test]
    public async Task PromtoolCheckConfig_Passes()
    {
        var promtool = new[] { "/usr/bin/promtool", "/usr/local/bin/promtool" }.FirstOrDefault(File.Exists);
        if (promtool is null)
        {
            Assert.Fail("promtool is not installed (Debian: apt-get install -y prometheus); it validates deploy/prometheus.yml.");
        }

        var info = new ProcessStartInfo(promtool!) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("check");
        info.ArgumentList.Add("config");
        info.ArgumentList.Add(ConfigPath);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.That(process.ExitCode, Is.Zero, output);
    }

    [TestCase("127.0.0.1:8405")]
    [TestCase("127.0.0.1:5100")]
    [TestCase("127.0.0.1:5101")]
    [TestCase("127.0.0.1:5102")]
    [TestCase("127.0.0.1:5103")]
    [TestCase("127.0.0.1:5104")]
    [TestCase("127.0.0.1:5105")]
    [TestCase("127.0.0.1:5106")]
    [TestCase("127.0.0.1:5107")]
    public async Task ScrapesTarget(string target)
    {
        var yaml = await File.ReadAllTextAsync(ConfigPath);

        Assert.That(yaml, Does.Contain($"- targets: [\"{target}\"]"));
    }
}
