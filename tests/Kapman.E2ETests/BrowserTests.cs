using Kapman.BrowserTesting;
using Kapman.Web.Tests;
using Microsoft.Playwright;

namespace Kapman.E2ETests;

/// <summary>
/// The pages in a real browser, against the stub gateway's full day (every service healthy) and a stub broker with
/// two failed messages. Each test saves a screenshot (screenshots/*.png in the test output, attached to the result).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BrowserTests
{
    private const string ApiKey = "e2e-key";
    private const string Source = "wyckoff-indicators-computed";
    private const string ErrorQueue = Source + "_error";

    private StubGateway gateway = null!;
    private StubRabbitManagement rabbit = null!;
    private LiveWeb web = null!;
    private BrowserSession browser = null!;
    private Uri baseUrl = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay, allHealthy: true);
        rabbit = await StubRabbitManagement.StartAsync();
        rabbit.Declare(Source);
        rabbit.Enqueue(ErrorQueue, "m-1", """{"message":{"ticker":"AAPL"}}""", "database timeout");
        rabbit.Enqueue(ErrorQueue, "m-2", """{"message":{"ticker":"MSFT"}}""", "deadlock detected");
        web = new LiveWeb(gateway.Url, rabbit.Url, ApiKey);
        baseUrl = web.Start();
        browser = await BrowserSession.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        if (web is not null)
        {
            await web.DisposeAsync();
        }

        if (rabbit is not null)
        {
            await rabbit.DisposeAsync();
        }

        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }
    }

    [Test]
    public async Task Today_FiltersChangeTheList()
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/");
        var rows = page.Locator("#recommendations tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);

        await page.GetByLabel("Strategy").SelectOptionAsync("LONG_PUT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Assertions.Expect(rows).ToHaveCountAsync(2);
        Assert.That(page.Url, Does.Contain("strategy=LONG_PUT"));
        Assert.That(await rows.Locator("td.ticker").AllInnerTextsAsync(), Is.EqualTo(new[] { "AAPL", "TSLA" }));
        await Assertions.Expect(page.Locator("#alerts li.alert-exit .badge")).ToHaveCSSAsync("background-color", "rgb(192, 38, 45)");
        await BrowserSession.ScreenshotAsync(page, "today-filtered.png");
    }

    [Test]
    public async Task Today_KeyboardOnly_TabsToTheConfidenceFieldAndSubmits()
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/");

        var reached = false;
        for (var i = 0; i < 30 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string>("document.activeElement.id") == "filter-confidence";
        }

        Assert.That(reached, Is.True, "Tab never reached the minimum-confidence field");
        await page.Keyboard.TypeAsync("0.7");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#recommendations tbody tr")).ToHaveCountAsync(1);
        Assert.That(page.Url, Does.Contain("minConfidence=0.7"));
        await BrowserSession.ScreenshotAsync(page, "today-keyboard.png");
    }

    [Test]
    public async Task Ticker_ChartCanvasRendersWithMarkers()
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/ticker/XLE");

        await Assertions.Expect(page.Locator("#chart[data-rendered='true']")).ToHaveCountAsync(1);
        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("#chart canvas").CountAsync(), Is.GreaterThan(0));
            Assert.That(await page.Locator("#chart").GetAttributeAsync("data-bars"), Is.EqualTo("25"));
            Assert.That(await page.Locator("#chart").GetAttributeAsync("data-markers"), Is.EqualTo("2"));
            Assert.That(await page.Locator("#chart-status").InnerTextAsync(), Is.EqualTo("25 bars, 2 Wyckoff markers: SPRING 2025-08-20, SOS 2025-08-25"));
        });
        await BrowserSession.ScreenshotAsync(page, "ticker-xle.png");
    }

    [Test]
    public async Task Ops_ShowsSevenServicesHealthy()
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/ops");

        var states = await page.Locator("#health tbody td.state").AllInnerTextsAsync();
        Assert.That(states, Is.EqualTo(Enumerable.Repeat("healthy", 7)));
        await BrowserSession.ScreenshotAsync(page, "ops.png");
    }

    [Test]
    public async Task Ops_RedrivePostsAndReportsSuccess()
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/ops");
        var form = page.Locator($"article[data-queue='{ErrorQueue}'] form");
        await BrowserSession.ScreenshotAsync(page, "ops-failed-messages.png");

        await form.GetByLabel("API key").FillAsync(ApiKey);
        await form.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page.Locator("#redrive-result")).ToHaveTextAsync($"Re-drove 2 message(s) from {ErrorQueue} to {Source}.");
        Assert.Multiple(() =>
        {
            Assert.That(rabbit.MessageIds(ErrorQueue), Is.Empty);
            Assert.That(rabbit.MessageIds(Source), Is.EqualTo(new[] { "m-1", "m-2" }));
        });
        await BrowserSession.ScreenshotAsync(page, "ops-redrive.png");
    }

    [Test]
    public async Task Portfolios_CreateEditDelete()
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/portfolios");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Core");
        await page.Locator("#new-key").FillAsync(ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page.Locator("#portfolio-result")).ToHaveTextAsync("Portfolio created.");

        var card = page.Locator("section[data-portfolio='Core']");
        await card.GetByLabel("Ticker", new() { Exact = true }).FillAsync("AAPL");
        await card.GetByLabel("Priority").SelectOptionAsync("P2");
        await card.Locator("form.add-ticker").GetByLabel("API key").FillAsync(ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Add or re-prioritise" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[data-portfolio='Core'] tr[data-ticker='AAPL'] td.priority")).ToHaveTextAsync("P2");

        card = page.Locator("section[data-portfolio='Core']");
        await card.GetByLabel("New name").FillAsync("Core US");
        await card.Locator("form.rename").GetByLabel("API key").FillAsync(ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Rename" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[data-portfolio='Core US'] h2")).ToHaveTextAsync("Core US");
        await BrowserSession.ScreenshotAsync(page, "portfolios-edited.png");

        card = page.Locator("section[data-portfolio='Core US']");
        await card.Locator("form.delete").GetByLabel("API key").FillAsync(ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Delete Core US" }).ClickAsync();
        await Assertions.Expect(page.Locator("#portfolio-result")).ToHaveTextAsync("Portfolio deleted.");
        await Assertions.Expect(page.Locator("section.portfolio")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Today_ContractLinkOpensTheDetail_AndAccuracyDrawsTheCalibrationPlot()
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/");

        await page.Locator("tr[data-ticker='AAPL'] td.occ a").ClickAsync();

        await Assertions.Expect(page.Locator("dd[data-field='max-loss']")).ToHaveTextAsync("310.00");
        await BrowserSession.ScreenshotAsync(page, "recommendation-aapl.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accuracy" }).ClickAsync();
        await Assertions.Expect(page.Locator("#calibration circle")).ToHaveCountAsync(2);
        await BrowserSession.ScreenshotAsync(page, "accuracy.png");
    }
}
