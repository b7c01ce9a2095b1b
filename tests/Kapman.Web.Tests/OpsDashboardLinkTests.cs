using Microsoft.Extensions.Options;

namespace Kapman.Web.Tests;

/// <summary>
/// Issue 15 item 7: with <c>Kapman:DashboardUrl</c> the Ops page links to the Aspire dashboard for health, logs, traces and
/// metrics and keeps only what the dashboard does not do (runs, quarantine, queues with re-drive, failed outbox, replay);
/// without it (absent or empty) there is no link and the page shows service health and the metrics links itself.
/// </summary>
[TestFixture]
public sealed class OpsDashboardLinkTests
{
    private const string LoginUrl = "http://127.0.0.1:18888/login?t=0123abcd";

    [Test]
    public async Task With_a_dashboard_the_page_links_to_it_and_leaves_health_and_metrics_to_it()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url, settings: new Dictionary<string, string> { ["Kapman:DashboardUrl"] = LoginUrl });
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/ops");

        Assert.Multiple(() =>
        {
            Assert.That(page.Attribute("//section[@id='dashboard']//a[@id='dashboard-link']", "href"), Is.EqualTo(LoginUrl));
            Assert.That(page.Attributes("//section[@id='dashboard']//ul//a", "href"), Is.EqualTo(new[]
            {
                "http://127.0.0.1:18888/", "http://127.0.0.1:18888/consolelogs", "http://127.0.0.1:18888/structuredlogs",
                "http://127.0.0.1:18888/traces", "http://127.0.0.1:18888/metrics",
            }));
            Assert.That(page.Texts("//section[@id='health']"), Is.Empty, "service health is the dashboard's");
            Assert.That(page.Texts("//section[@id='metrics-links']"), Is.Empty, "metrics are the dashboard's");
            Assert.That(gateway.Requested.Where(path => path.EndsWith("/health", StringComparison.Ordinal)), Is.Empty, "no health probes");
            foreach (var kept in new[] { "runs", "quarantine", "queues", "error-queues", "failed-outbox", "replay" })
            {
                Assert.That(page.Texts($"//section[@id='{kept}']"), Has.Count.EqualTo(1), kept);
            }
        });
    }

    [TestCase(null, TestName = "Without Kapman:DashboardUrl the page has no dashboard link and shows health and metrics")]
    [TestCase("", TestName = "An empty Kapman:DashboardUrl is no dashboard")]
    public async Task Without_a_dashboard(string? setting)
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        var settings = setting is null ? null : new Dictionary<string, string> { ["Kapman:DashboardUrl"] = setting };
        await using var factory = new KapmanWebFactory(gateway.Url, settings: settings);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/ops");

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='dashboard']"), Is.Empty);
            Assert.That(page.Texts("//section[@id='health']//tbody/tr"), Has.Count.EqualTo(7));
            Assert.That(page.Attributes("//section[@id='metrics-links']//a", "href"), Has.Count.EqualTo(8));
        });
    }

    [TestCase("dashboard.local:18888")]
    [TestCase("ftp://127.0.0.1/")]
    public void A_dashboard_url_that_is_not_absolute_http_stops_startup(string setting)
    {
        using var factory = new KapmanWebFactory(new Uri("http://127.0.0.1:9/"), settings: new Dictionary<string, string> { ["Kapman:DashboardUrl"] = setting });

        var error = Assert.Catch(() => factory.CreateClient());

        Assert.That(error, Is.InstanceOf<OptionsValidationException>().Or.InnerException.InstanceOf<OptionsValidationException>());
        Assert.That(error!.ToString(), Does.Contain("Kapman:DashboardUrl"));
    }
}
