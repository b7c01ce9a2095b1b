namespace Kapman.Web.Tests;

/// <summary>The Today page rendered against a stub gateway with a full day of canned data (Fixtures/*.json).</summary>
[TestFixture]
public sealed class TodayPageTests
{
    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;
    private TodayPage page = null!;

    [OneTimeSetUp]
    public async Task RenderPage()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        factory = new KapmanWebFactory(gateway.Url);
        client = factory.CreateClient();
        page = await TodayPage.LoadAsync(client);
    }

    [OneTimeTearDown]
    public async Task StopAll()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }
    }

    [Test]
    public void Session_IsTheLatestRunsSession() =>
        Assert.That(page.Text("//p[@id='session']"), Is.EqualTo("Session 2025-08-26"));

    [Test]
    public void RunStatus_IsShown() =>
        Assert.That(page.Text("//section[@id='pipeline']//*[@id='run-status']"), Is.EqualTo("failed"));

    [Test]
    public void Stages_AreListedInPipelineOrder() =>
        Assert.That(
            page.Texts("//section[@id='pipeline']//tbody/tr/td[@class='stage']"),
            Is.EqualTo(new[] { "ingestion", "metrics", "options", "wyckoff", "recommendation", "notification" }));

    // Durations by hand: 12345 ms = 12.3 s; 61500 ms = 1 min 1.5 s -> "1 min 01 s"; 30000 ms = 30.0 s.
    [TestCase("ingestion", "succeeded", "11,234", "12.3 s", "")]
    [TestCase("metrics", "succeeded", "11,180", "1 min 01 s", "")]
    [TestCase("options", "partial", "3", "850 ms", "IWM snapshot missing")]
    [TestCase("wyckoff", "failed", "—", "30.0 s", "database timeout")]
    [TestCase("recommendation", "pending", "—", "—", "")]
    [TestCase("notification", "pending", "—", "—", "")]
    public void Stage_ShowsStatusCountDurationAndError(string stage, string status, string count, string duration, string error)
    {
        var row = $"//section[@id='pipeline']//tr[@data-stage='{stage}']";

        Assert.Multiple(() =>
        {
            Assert.That(page.Text(row + "/td[@class='status']"), Is.EqualTo(status));
            Assert.That(page.Text(row + "/td[contains(@class,'count')]"), Is.EqualTo(count));
            Assert.That(page.Text(row + "/td[contains(@class,'duration')]"), Is.EqualTo(duration));
            Assert.That(page.Text(row + "/td[@class='error']"), Is.EqualTo(error));
        });
    }

    [Test]
    public void Alerts_ListExitThenPrepareThenEntry_AndLeaveOutTickersWithoutSignal() =>
        Assert.That(page.Attributes("//section[@id='alerts']//li", "data-ticker"), Is.EqualTo(new[] { "AAPL", "TSLA", "XLE" }));

    // docs/domain/wyckoff-scores.md#decision-rules (Seed 000 §11.4): BC 24/28 is EXIT (red), BC 20/28 PREPARE (amber), Spring 10/12 with SPRING and SOS is ENTRY (green).
    [TestCase("AAPL", "EXIT", "exit", "BC 24/28", "BC")]
    [TestCase("TSLA", "PREPARE", "prepare", "BC 20/28", null)]
    [TestCase("XLE", "ENTRY", "entry", "Spring 10/12 · BC 4/28", "SPRING + SOS")]
    public void Alert_ShowsItsBadgeScoreAndEvents(string ticker, string badge, string badgeClass, string score, string? events)
    {
        var item = $"//section[@id='alerts']//li[@data-ticker='{ticker}']";

        Assert.Multiple(() =>
        {
            Assert.That(page.Text(item + "/span[contains(@class,'badge')]"), Is.EqualTo(badge));
            Assert.That(page.Attribute(item + "/span[contains(@class,'badge')]", "class").Split(' '), Does.Contain(badgeClass));
            Assert.That(page.Text(item + "/span[@class='score']"), Is.EqualTo(score));
            Assert.That(page.Texts(item + "/span[@class='events']"), Is.EqualTo(events is null ? Array.Empty<string>() : new[] { events }));
        });
    }

    [Test]
    public void Recommendation_ShowsTheContractAndItsTerms()
    {
        const string row = "//section[@id='recommendations']//tr[@data-ticker='AAPL']";

        Assert.Multiple(() =>
        {
            Assert.That(page.Text(row + "/td[@class='occ']"), Is.EqualTo("AAPL250919P00220000"));
            Assert.That(page.Text(row + "/td[@class='strategy']"), Is.EqualTo("LONG_PUT"));
            Assert.That(page.Text(row + "/td[@class='expiry']"), Is.EqualTo("2025-09-19"));
            Assert.That(page.Text(row + "/td[contains(@class,'strike')]"), Is.EqualTo("220"));
            Assert.That(page.Text(row + "/td[contains(@class,'delta')]"), Is.EqualTo("-0.35"));
            Assert.That(page.Text(row + "/td[contains(@class,'dte')]"), Is.EqualTo("24"));
            Assert.That(page.Text(row + "/td[contains(@class,'confidence')]"), Is.EqualTo("0.72"));
            Assert.That(page.Text("//section[@id='recommendations']//tr[@data-ticker='MSFT']/td[contains(@class,'confidence')]"), Is.EqualTo("0.55 no edge"),
                "MSFT's signal showed no edge: its confidence is the base rate and the row says so");
            Assert.That(page.Text(row + "/td[@class='justification']"), Is.EqualTo("Buying climax 24/28 under the 230 call wall"));
        });
    }

    [Test]
    public void RecommendationsTable_LeavesOutNoTradeDecisions() =>
        Assert.That(page.Texts("//section[@id='recommendations']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "AAPL", "MSFT", "TSLA" }));

    [Test]
    public void NoTrade_ListsTickerAndReason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='no-trade']//li/span[@class='ticker']"), Is.EqualTo(new[] { "XLE" }));
            Assert.That(
                page.Text("//section[@id='no-trade']//li[@data-ticker='XLE']/span[@class='reason']"),
                Is.EqualTo("No listed contract within the 30-90 DTE window"));
        });
    }

    [TestCase("ingestion", "healthy")]
    [TestCase("options", "healthy")]
    [TestCase("metrics", "healthy")]
    [TestCase("wyckoff", "unhealthy")]
    [TestCase("recommendation", "healthy")]
    [TestCase("execution", "unreachable")]
    [TestCase("notification", "healthy")]
    public void ServiceHealth_IsShownPerService(string service, string state) =>
        Assert.That(page.Text($"//section[@id='health']//tr[@data-service='{service}']/td[@class='state']"), Is.EqualTo(state));

    [Test]
    public void ServiceHealth_ListsExactlySevenServices() =>
        Assert.That(page.Texts("//section[@id='health']//tbody/tr"), Has.Count.EqualTo(7));

    [Test]
    public void SessionData_IsTheRunsSession_ReadBesideTheRun_AndAgainOnlyWhenTheLatestIsNotIt()
    {
        // The stub's latest snapshots are the run's session (2025-08-26): used as read. Its recommendations answer only with
        // ?session=2025-08-26 (the latest read fails), so they are read again for the run's session.
        Assert.Multiple(() =>
        {
            Assert.That(gateway.Requested.Count(r => r == "/api/wyckoff/snapshots?signal=EXIT&signal=PREPARE&signal=ENTRY"), Is.EqualTo(1));
            Assert.That(gateway.Requested, Does.Not.Contain("/api/wyckoff/snapshots?session=2025-08-26&signal=EXIT&signal=PREPARE&signal=ENTRY"));
            Assert.That(gateway.Requested, Does.Contain("/api/recommendation/recommendations"));
            Assert.That(gateway.Requested.Count(r => r == "/api/recommendation/recommendations?session=2025-08-26"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Stylesheet_IsServedLocally()
    {
        using var response = await client.GetAsync(new Uri("/app.css", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
            Assert.That(page.Attribute("//link[@rel='stylesheet']", "href"), Is.EqualTo("app.css"));
        });
    }

    [Test]
    public void Page_LoadsOnlyTheBundledScripts_NoBlazorAndNoCdn() =>
        Assert.That(
            page.Attributes("//script", "src"),
            Is.EqualTo(new[] { "lib/htmx.min.js", "lib/lightweight-charts.standalone.production.js", "ticker.js" }));

    [TestCase("/lib/htmx.min.js", "htmx")]
    [TestCase("/lib/lightweight-charts.standalone.production.js", "LightweightCharts")]
    [TestCase("/ticker.js", "createSeriesMarkers")]
    public async Task BundledScript_IsServed(string path, string marker)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(marker));
    }

    [TestCase("/alive")]
    [TestCase("/health")]
    public async Task ServiceDefaultEndpoints_AreMapped(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }
}
