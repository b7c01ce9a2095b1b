using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HtmlAgilityPack;

namespace Kapman.IntegrationTests;

/// <summary>The gateway in front of the real services, and the web page rendered from them.</summary>
public class GatewayAndWebTests
{
    private static readonly string[] Services = ["ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification"];

    [Test]
    public async Task Unauthenticated_post_gets_401_problem_and_starts_nothing()
    {
        using var anonymous = new HttpClient { BaseAddress = SuiteApp.GatewayUrl };
        var before = await Suite.CountAsync("SELECT count(*) FROM market.pipeline_runs");

        var response = await anonymous.PostAsJsonAsync("/api/ingestion/pipeline/runs", new { sessionDate = "2025-08-26" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await Suite.CountAsync("SELECT count(*) FROM market.pipeline_runs"), Is.EqualTo(before));
    }

    [Test]
    public async Task Get_is_routed_without_a_key_to_the_service_behind_the_prefix()
    {
        using var anonymous = new HttpClient { BaseAddress = SuiteApp.GatewayUrl };

        var run = await anonymous.GetFromJsonAsync<JsonElement>("/api/ingestion/pipeline/runs/latest");

        Assert.That(run.GetProperty("sessionDate").GetString(), Is.EqualTo("2025-08-26"));
    }

    [TestCaseSource(nameof(Services))]
    public async Task Service_is_healthy_through_the_gateway_with_postgres_and_the_bus(string service)
    {
        var health = await Suite.Gateway.GetFromJsonAsync<JsonElement>($"/api/{service}/health");

        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("Healthy"), health.ToString());
        var checks = health.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.That(checks, Does.Contain("postgres"));
        Assert.That(checks, Does.Contain("masstransit-bus"));
    }

    [TestCaseSource(nameof(Services))]
    public async Task Service_serves_prometheus_metrics_and_openapi(string service)
    {
        var metrics = await Suite.Gateway.GetStringAsync($"/api/{service}/metrics");
        var openApi = await Suite.Gateway.GetFromJsonAsync<JsonElement>($"/api/{service}/openapi/v1.json");

        Assert.That(metrics, Does.Contain("# TYPE http_server_request_duration_seconds histogram"));
        Assert.That(openApi.GetProperty("openapi").GetString(), Does.StartWith("3."));
    }

    [Test]
    public async Task Today_page_renders_the_latest_run_with_its_stages()
    {
        var html = new HtmlDocument();
        html.LoadHtml(await Suite.Gateway.GetStringAsync("/"));
        var text = html.DocumentNode.InnerText;

        Assert.That(text, Does.Contain("2025-08-26"));
        foreach (var stage in new[] { "ingestion", "metrics", "options", "wyckoff", "recommendation", "notification" })
        {
            Assert.That(text, Does.Contain(stage));
        }

        Assert.That(text, Does.Contain("no signal: BC"), "SPY's no-trade reason is shown");
    }
}
