using System.Net.Http.Json;
using System.Text.Json;
using Kapman.BrowserTesting;
using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// Base of the real-suite browser tests: one headless Chromium per fixture, pages opened at the running suite's
/// gateway (<c>SuiteApp.GatewayUrl</c>), and the checks every page shares (labelled fields).
/// Screenshots go to <c>screenshots/*.png</c> in the test output and are attached to the results.
/// </summary>
[NonParallelizable]
public abstract class BrowserPageTest
{
    private BrowserSession? browser;
    private IPage? lastPage;

    [OneTimeSetUp]
    public async Task StartBrowserAsync() => browser = await BrowserSession.StartAsync();

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
    }

    /// <summary>On a failure, the test's last page as <c>failed-{test}.png</c>, to show what the browser saw.</summary>
    [TearDown]
    public async Task ScreenshotFailureAsync()
    {
        if (lastPage is { } page && TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await ScreenshotAsync(page, $"failed-{TestContext.CurrentContext.Test.MethodName}.png");
        }

        lastPage = null;
    }

    /// <summary>A new page whose relative URLs go to the suite's gateway.</summary>
    protected async Task<IPage> NewPageAsync() => lastPage = await browser!.NewPageAsync(SuiteApp.GatewayUrl);

    /// <summary>GETs JSON through the gateway (the API the page reads: the expected values come from here).</summary>
    protected static async Task<JsonElement> ApiAsync(string path) => await Suite.Gateway.GetFromJsonAsync<JsonElement>(path);

    /// <summary>
    /// Fails naming every visible form field (input other than hidden, select, textarea) that has neither a
    /// <c>&lt;label&gt;</c> nor an <c>aria-label</c>, so a screen reader would announce it without a name.
    /// </summary>
    protected static async Task AssertEveryFieldLabelledAsync(IPage page)
    {
        var unlabelled = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll("input:not([type=hidden]), select, textarea")]
                .filter(e => !(e.labels && [...e.labels].some(l => l.textContent.trim().length > 0)) && !(e.getAttribute("aria-label") || "").trim())
                .map(e => e.id || e.name || e.outerHTML)
            """);
        Assert.That(unlabelled, Is.Empty, $"fields without a label on {page.Url}");
    }

    /// <summary>
    /// Presses Tab until the focused element matches <paramref name="selector"/> (at most <paramref name="maxTabs"/>
    /// presses); fails when it is never reached, i.e. it cannot be reached with the keyboard.
    /// </summary>
    protected static async Task TabToAsync(IPage page, string selector, int maxTabs = 60)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{maxTabs} Tab presses never focused {selector} on {page.Url}");
    }

    /// <summary>Saves and attaches a full-page screenshot named <paramref name="name"/>.</summary>
    protected static Task ScreenshotAsync(IPage page, string name) => BrowserSession.ScreenshotAsync(page, name);
}
