namespace Kapman.Web.Tests;

/// <summary>The Today page still renders 200 when the gateway is down, empty, or answers with errors.</summary>
[TestFixture]
public sealed class DegradedPageTests
{
    [Test]
    public async Task GatewayDown_PageRendersAndSaysServicesAreUnreachable()
    {
        await using var factory = new KapmanWebFactory(new Uri($"http://127.0.0.1:{FreePort.Next()}"));
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//p[@id='session']"), Is.EqualTo("No session yet"));
            Assert.That(page.Text("//section[@id='pipeline']/p[contains(@class,'notice')]"), Is.EqualTo("ingestion service unreachable"));
            Assert.That(page.Text("//section[@id='alerts']/p[contains(@class,'notice')]"), Is.EqualTo("wyckoff service unreachable"));
            Assert.That(
                page.Text("//section[@id='recommendations']/p[contains(@class,'notice')]"),
                Is.EqualTo("recommendation service unreachable"));
            Assert.That(page.Text("//section[@id='no-trade']/p[contains(@class,'notice')]"), Is.EqualTo("recommendation service unreachable"));
            Assert.That(page.Texts("//section[@id='health']//tbody/tr/td[@class='state']"), Is.EqualTo(Enumerable.Repeat("unreachable", 7)));
        });
    }

    [Test]
    public async Task NoRunYet_SectionsSaySoAndDataComesFromTheLatestSession()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.NoRunYet);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//section[@id='pipeline']/p[contains(@class,'notice')]"), Is.EqualTo("No pipeline run yet"));
            Assert.That(page.Text("//section[@id='alerts']/p[contains(@class,'notice')]"), Is.EqualTo("No alerts for this session"));
            Assert.That(
                page.Text("//section[@id='recommendations']/p[contains(@class,'notice')]"),
                Is.EqualTo("No recommendations for this session"));
            Assert.That(page.Text("//section[@id='no-trade']/p[contains(@class,'notice')]"), Is.EqualTo("No no-trade decisions for this session"));
            Assert.That(page.Texts("//section[@id='health']//tbody/tr/td[@class='state']"), Is.EqualTo(Enumerable.Repeat("healthy", 7)));
            Assert.That(gateway.Requested, Does.Contain("/api/wyckoff/snapshots?signal=EXIT&signal=PREPARE&signal=ENTRY"));
            Assert.That(gateway.Requested, Does.Contain("/api/recommendation/recommendations"));
        });
    }

    [Test]
    public async Task ServiceErrors_AreExplainedPerSection()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.Broken);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//section[@id='pipeline']/p[contains(@class,'notice')]"), Is.EqualTo("ingestion service error (HTTP 500)"));
            Assert.That(page.Text("//section[@id='alerts']/p[contains(@class,'notice')]"), Is.EqualTo("wyckoff service error (unreadable response)"));
            Assert.That(
                page.Text("//section[@id='recommendations']/p[contains(@class,'notice')]"),
                Is.EqualTo("recommendation service unreachable"));
        });
    }

    [Test]
    public async Task UnhealthyService_IsProbedOnceWithoutRetries()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//section[@id='health']//tr[@data-service='wyckoff']/td[@class='state']"), Is.EqualTo("unhealthy"));
            Assert.That(gateway.Requested.Count(r => r == "/api/wyckoff/health"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SecondViewWithinSeconds_ShowsTheSameProbe_WithoutProbingAgain()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var first = await TodayPage.LoadAsync(client);
        var second = await TodayPage.LoadAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(second.Text("//section[@id='health']//tr[@data-service='wyckoff']/td[@class='state']"), Is.EqualTo("unhealthy"));
            Assert.That(second.Text("//p[@id='health-checked']"), Is.EqualTo(first.Text("//p[@id='health-checked']")));
            Assert.That(second.Text("//p[@id='health-checked']"), Does.Match(@"^Probed at \d\d:\d\d:\d\d UTC$"));
            Assert.That(gateway.Requested.Count(r => r == "/api/wyckoff/health"), Is.EqualTo(1), "seven probes for two views, not fourteen");
            Assert.That(gateway.Requested.Count(r => r == "/api/ingestion/pipeline/runs/latest"), Is.EqualTo(2), "the data itself is read per view");
        });
    }
}
