using Kapman.BrowserTesting;
using Kapman.Web.Tests;
using Microsoft.Playwright;

namespace Kapman.E2ETests;

/// <summary>
/// The execution pages in a real browser against the stub gateway's execution API (<see cref="StubExecution"/>):
/// the simulated and modelled labels are on screen, approving posts with the operator's key and shows the order id,
/// a wrong key changes nothing, the kill switch's banner appears on the Today page and "unknown" when execution is down.
/// Each test saves a screenshot (screenshots/execution-*.png in the test output).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ExecutionBrowserTests
{
    private const string ApiKey = "e2e-execution-key";
    private const string Amber = "rgb(179, 92, 0)";
    private const string Red = "rgb(192, 38, 45)";

    private StubSuite suite = null!;

    private StubExecution Execution => suite.Gateway.Execution;

    [OneTimeSetUp]
    public async Task Start() => suite = await StubSuite.StartAsync(ApiKey, "execution-e2e-unused");

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (suite is not null)
        {
            await suite.DisposeAsync();
        }
    }

    [SetUp]
    public void Normal()
    {
        Execution.Down = false;
        Execution.SetKillSwitch("normal", "morning checks done");
    }

    [Test]
    public async Task Orders_LabelTheSimulatedOrderOnly()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Orders", Exact = true }).ClickAsync();

        var aapl = page.Locator($"tr[data-order='{StubExecution.AaplOrder}']");
        var msft = page.Locator($"tr[data-order='{StubExecution.MsftOrder}']");
        await Assertions.Expect(aapl.Locator("td.mode .label.simulated")).ToBeVisibleAsync();
        await Assertions.Expect(aapl.Locator("td.fill .label.simulated")).ToHaveTextAsync("simulated");
        await Assertions.Expect(aapl.Locator("td.state")).ToHaveTextAsync("filled");
        await Assertions.Expect(msft.Locator(".label")).ToHaveCountAsync(0);
        await Assertions.Expect(msft.Locator("td.mode")).ToHaveTextAsync("LIVE");
        await BrowserSession.ScreenshotAsync(page, "execution-orders.png");

        await aapl.Locator("td.link a").ClickAsync();
        await Assertions.Expect(page.Locator("#fills tbody tr td.price .label.simulated")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#walk tbody tr")).ToHaveCountAsync(2);
        await BrowserSession.ScreenshotAsync(page, "execution-order.png");
    }

    [Test]
    public async Task Positions_LabelEveryModelledAndSimulatedFigure()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/positions");

        var aapl = page.Locator("tr[data-position='g-aapl-1']");
        await Assertions.Expect(aapl.Locator("td.unrealized")).ToHaveTextAsync("-$130.00 simulated modelled");
        await Assertions.Expect(aapl.Locator(".label.modelled")).ToHaveCountAsync(6);
        await Assertions.Expect(aapl.Locator(".label.simulated")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("tr[data-position='g-msft-2'] .label")).ToHaveCountAsync(0);
        Assert.That(await aapl.Locator(".label.modelled").First.IsVisibleAsync(), Is.True);
        await BrowserSession.ScreenshotAsync(page, "execution-positions.png");
    }

    [Test]
    public async Task Approve_PostsWithTheKey_AndShowsTheOrderId()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/approvals");
        var row = page.Locator($"tr[data-recommendation='{StubExecution.TslaRecommendation}']");
        var keysBefore = Execution.KeysSeen.Count;

        await row.GetByLabel("API key").FillAsync(ApiKey);
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve TSLA" }).ClickAsync();

        await Assertions.Expect(page.Locator("#approval-result")).ToHaveTextAsync($"Approved 1c1c1c1c: order {StubExecution.TslaOrder}");
        await Assertions.Expect(page.Locator("#decided tr[data-recommendation='" + StubExecution.TslaRecommendation + "'] td.status")).ToHaveTextAsync("APPROVED");
        Assert.That(Execution.KeysSeen.Skip(keysBefore), Is.EqualTo(new[] { ApiKey }), "one call, with the web's key");
        await BrowserSession.ScreenshotAsync(page, "execution-approved.png");

        await page.Locator("#approved-order").ClickAsync();
        Assert.That(page.Url, Does.EndWith($"/orders/{StubExecution.TslaOrder}"));
    }

    [Test]
    public async Task Approve_WithAWrongKey_ChangesNothing()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/approvals");
        var row = page.Locator($"tr[data-recommendation='{StubExecution.NvdaRecommendation}']");
        var postsBefore = Execution.Posts.Count;

        await row.GetByLabel("API key").FillAsync("not-the-key");
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve NVDA" }).ClickAsync();

        await Assertions.Expect(page.Locator("#approval-result")).ToHaveTextAsync("Not done: wrong API key");
        await Assertions.Expect(page.Locator($"#pending tr[data-recommendation='{StubExecution.NvdaRecommendation}'] td.status")).ToHaveTextAsync("PENDING");
        Assert.That(Execution.Posts, Has.Count.EqualTo(postsBefore));
        await BrowserSession.ScreenshotAsync(page, "execution-wrong-key.png");
    }

    [Test]
    public async Task Today_ShowsTheSafeModeBanner()
    {
        Execution.SetKillSwitch("safe_mode", "drawdown 5% in a day");
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/");

        var banner = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner.Locator("strong")).ToHaveTextAsync("safe_mode");
        await Assertions.Expect(banner).ToContainTextAsync("drawdown 5% in a day");
        await Assertions.Expect(banner).ToHaveCSSAsync("background-color", Amber);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Today");
        await BrowserSession.ScreenshotAsync(page, "execution-today-safe-mode.png");
    }

    [Test]
    public async Task ExecutionDown_ShowsUnknown_NotAnErrorPage()
    {
        Execution.Down = true;
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);

        var response = await page.GotoAsync("/");

        Assert.That(response?.Status, Is.EqualTo(200));
        await Assertions.Expect(page.Locator("#kill-switch-mode")).ToHaveTextAsync("unknown");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#recommendations tbody tr")).ToHaveCountAsync(3);
        await BrowserSession.ScreenshotAsync(page, "execution-down.png");
    }

    [Test]
    public async Task KillSwitchForm_HardStopThenReset()
    {
        var page = await suite.Browser.NewPageAsync(suite.BaseUrl);
        await page.GotoAsync("/kill-switch");

        await page.GetByLabel("Mode").SelectOptionAsync("hard_stop");
        await page.GetByLabel("Reason").FillAsync("broker outage");
        await page.GetByLabel("API key").FillAsync(ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set kill switch" }).ClickAsync();

        await Assertions.Expect(page.Locator("#kill-switch-result")).ToHaveTextAsync("hard_stop sent; the switch is now hard_stop");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCSSAsync("background-color", Red);
        await BrowserSession.ScreenshotAsync(page, "execution-hard-stop.png");

        await page.GetByLabel("Mode").SelectOptionAsync("reset");
        await page.GetByLabel("Reason").FillAsync("broker back");
        await page.GetByLabel("API key").FillAsync(ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set kill switch" }).ClickAsync();

        await Assertions.Expect(page.Locator("#kill-switch-mode")).ToHaveTextAsync("normal");
        await Assertions.Expect(page.Locator("dd[data-field='reason']")).ToHaveTextAsync("broker back");
    }
}
