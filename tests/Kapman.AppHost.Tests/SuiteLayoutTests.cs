using Kapman.AppHost.Suite;

namespace Kapman.AppHost.Tests;

public class SuiteLayoutTests
{
    [Test]
    public void Services_follow_the_spine_port_table()
    {
        var ports = SuiteLayout.Services.ToDictionary(s => s.Name, s => s.Port);

        Assert.That(ports, Is.EqualTo(new Dictionary<string, int>
        {
            ["web"] = 5100,
            ["ingestion"] = 5101,
            ["options"] = 5102,
            ["metrics"] = 5103,
            ["wyckoff"] = 5104,
            ["recommendation"] = 5105,
            ["execution"] = 5106,
            ["notification"] = 5107,
        }));
    }

    [Test]
    public void The_built_AppHost_lives_in_its_project_output()
    {
        Assert.That(SuiteLayout.AppHostDllPath("/repo", "Release"), Is.EqualTo("/repo/Kapman.AppHost/bin/Release/net10.0/Kapman.AppHost.dll"));
    }

    [Test]
    public void The_gateway_listens_on_8080()
    {
        Assert.That(SuiteLayout.Gateway.HealthUrl, Is.EqualTo(new Uri("http://127.0.0.1:8080/health")));
    }

    [Test]
    public void Gateway_health_paths_use_the_api_prefix_and_a_web_asset()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SuiteLayout.Find("wyckoff").GatewayHealthPath, Is.EqualTo("/api/wyckoff/health"));
            // The gateway answers /alive and /health itself: a file only the web serves proves the route to the web.
            Assert.That(SuiteLayout.Find("web").GatewayHealthPath, Is.EqualTo("/app.css"));
            Assert.That(SuiteLayout.Find("options").HealthUrl, Is.EqualTo(new Uri("http://127.0.0.1:5102/health")));
        });
    }

    [Test]
    public void Unknown_service_names_are_rejected()
    {
        Assert.That(() => SuiteLayout.Find("gateway"), Throws.ArgumentException);
    }
}
