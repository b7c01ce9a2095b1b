using Kapman.BrowserTesting;
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
    private const string Source = "wyckoff-market-session-ingested";
    private const string ErrorQueue = Source + "_error";

    private StubSuite suite = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        suite = await StubSuite.StartAsync(ApiKey, Source,
            ("m-1", """{"message":{"ticker":"AAPL"}}""", "database timeout"),
            ("m-2", """{"message":{"ticker":"MSFT"}}""", "deadlock detected"));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (suite is not null)
        {
            await suite.DisposeAsync();
        }
    }

    [Test]
    public async Task Today_FiltersChangeTheList()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
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
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
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
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
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

    /// <summary>
    /// The phase band in the browser: history-xle.json has snapshots in phases A (2025-06-30, before the first bar of
    /// 2025-07-23), B (2025-08-19), C (2025-08-20) and D (2025-08-25, 2025-08-26), so the band has four points in three
    /// runs, and the top strip of the chart holds the colours of B, C and D (ticker.js) but not A's; the legend's
    /// swatches carry the same five colours.
    /// </summary>
    [Test]
    public async Task Ticker_PhaseBandColoursTheTopStripByPhase()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/ticker/XLE");

        await Assertions.Expect(page.Locator("#chart[data-rendered='true']")).ToHaveCountAsync(1);
        var a = await StripPixelsAsync(page, 0xf5, 0x9e, 0x0b);
        var b = await StripPixelsAsync(page, 0x94, 0xa3, 0xb8);
        var c = await StripPixelsAsync(page, 0x7c, 0x3a, 0xed);
        var d = await StripPixelsAsync(page, 0x25, 0x63, 0xeb);
        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("#chart").GetAttributeAsync("data-phases"), Is.EqualTo("4"));
            Assert.That(await page.Locator("#phase-runs").InnerTextAsync(), Is.EqualTo("B 2025-08-19, C 2025-08-20, D 2025-08-25..2025-08-26"));
            Assert.That(a, Is.EqualTo(new[] { 0, 0 }), "phase A is before the first bar: no amber anywhere");
            Assert.That(b[0], Is.GreaterThan(0), "phase B (slate) in the top strip");
            Assert.That(c[0], Is.GreaterThan(0), "phase C (violet) in the top strip");
            Assert.That(c[1], Is.Zero, "violet nowhere else: the stub has no SMA 200 to draw");
            Assert.That(d[0], Is.GreaterThan(b[0]), "phase D (blue) covers two sessions, B one");
            Assert.That(
                await page.Locator(".legend.phases span").EvaluateAllAsync<string[]>("spans => spans.map(s => getComputedStyle(s).borderLeftColor)"),
                Is.EqualTo(new[] { "rgb(245, 158, 11)", "rgb(148, 163, 184)", "rgb(124, 58, 237)", "rgb(37, 99, 235)", "rgb(22, 128, 60)" }),
                "the legend's swatches A-E have the band's colours");
        });
        await BrowserSession.ScreenshotAsync(page, "ticker-xle-phases.png");
    }

    /// <summary>Pixels of exactly this opaque colour in the chart's canvases: [in the top 10 % of a canvas, below it].</summary>
    private static Task<int[]> StripPixelsAsync(IPage page, int r, int g, int b) => page.EvaluateAsync<int[]>(
        """
        ([r, g, b]) => {
          const counts = [0, 0];
          for (const canvas of document.querySelectorAll("#chart canvas")) {
            const context = canvas.width && canvas.height ? canvas.getContext("2d") : null;
            if (!context) continue;
            const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
            const strip = Math.ceil(canvas.height * 0.1);
            for (let i = 0; i < data.length; i += 4) {
              if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) {
                counts[Math.floor(i / 4 / canvas.width) < strip ? 0 : 1]++;
              }
            }
          }
          return counts;
        }
        """, new[] { r, g, b });

    [Test]
    public async Task Ops_ShowsSevenServicesHealthy()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/ops");

        var states = await page.Locator("#health tbody td.state").AllInnerTextsAsync();
        Assert.That(states, Is.EqualTo(Enumerable.Repeat("healthy", 7)));
        await BrowserSession.ScreenshotAsync(page, "ops.png");
    }

    [Test]
    public async Task Ops_RedrivePostsAndReportsSuccess()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/ops");
        var form = page.Locator($"article[data-queue='{ErrorQueue}'] form");
        await BrowserSession.ScreenshotAsync(page, "ops-failed-messages.png");

        await form.GetByLabel("API key").FillAsync(ApiKey);
        await form.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page.Locator("#redrive-result")).ToHaveTextAsync($"Re-drove 2 message(s) from {ErrorQueue} to {Source}.");
        Assert.That(await suite.Queues.CountAsync(ErrorQueue), Is.Zero);
        Assert.That((await suite.Queues.DrainAsync(Source)).Select(m => m.MessageId), Is.EqualTo(new[] { "m-1", "m-2" }));
        await BrowserSession.ScreenshotAsync(page, "ops-redrive.png");
    }

    [Test]
    public async Task Portfolios_CreateEditDelete()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
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
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/");

        await page.Locator("tr[data-ticker='AAPL'] td.occ a").ClickAsync();

        await Assertions.Expect(page.Locator("dd[data-field='max-loss']")).ToHaveTextAsync("310.00");
        await BrowserSession.ScreenshotAsync(page, "recommendation-aapl.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accuracy" }).ClickAsync();
        await Assertions.Expect(page.Locator("#calibration circle")).ToHaveCountAsync(2);
        await BrowserSession.ScreenshotAsync(page, "accuracy.png");
    }
}
