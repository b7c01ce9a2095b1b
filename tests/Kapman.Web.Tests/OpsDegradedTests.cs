namespace Kapman.Web.Tests;

/// <summary>The Ops page still renders 200 and says what is missing when the gateway and the broker are down.</summary>
[TestFixture]
public sealed class OpsDegradedTests
{
    [Test]
    public async Task GatewayAndBrokerDown_EverySectionSaysWhy()
    {
        await using var factory = new KapmanWebFactory(new Uri($"http://127.0.0.1:{FreePort.Next()}"));
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/ops");

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='health']//tbody/tr/td[@class='state']"), Is.EqualTo(Enumerable.Repeat("unreachable", 7)));
            Assert.That(page.Text("//section[@id='queues']/p"), Does.StartWith("RabbitMQ management API unavailable"));
            Assert.That(page.Text("//section[@id='error-queues']/p"), Does.StartWith("RabbitMQ management API unavailable"));
            Assert.That(page.Text("//section[@id='runs']/p"), Is.EqualTo("ingestion service unreachable"));
            Assert.That(page.Text("//section[@id='quarantine']/p"), Is.EqualTo("No session known yet"));
            Assert.That(page.Attributes("//section[@id='metrics-links']//a", "href"), Has.Count.EqualTo(8));
        });
    }

    [Test]
    public async Task NoRunYet_RunsSayNoneAndAnExplicitSessionStillShowsItsQuarantine()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.NoRunYet);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/ops?session=2025-08-26");

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//section[@id='runs']/p"), Is.EqualTo("No pipeline run yet"));
            Assert.That(gateway.Requested, Does.Contain("/api/ingestion/sessions/2025-08-26/quarantine"));
            Assert.That(page.Text("//section[@id='quarantine']/p"), Is.EqualTo("ingestion service has no such resource"));
        });
    }
}
