using Microsoft.Playwright;

namespace Kapman.BrowserTesting;

/// <summary>
/// Debian's Chromium through Playwright with the flags of docs/ENVIRONMENT.md. Fails with a clear message when
/// /usr/bin/chromium is missing (install the Debian package `chromium`; never `playwright install`). Shared by the
/// real-suite browser tests (Kapman.IntegrationTests) and the stub-based ones (Kapman.E2ETests links this file).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>The browser binary used.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Launches Chromium headless.</summary>
    public static async Task<BrowserSession> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"{ChromiumPath} not found: install the Debian package `chromium` (see docs/ENVIRONMENT.md).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Flags,
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>
    /// Saves a full-page screenshot as <c>screenshots/{name}</c> under the test's work directory and attaches it to
    /// the test result (so it appears in the TRX and the test output).
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, name);
    }

    /// <summary>A fresh page (1280x900) whose relative URLs resolve against <paramref name="baseUrl"/>.</summary>
    public async Task<IPage> NewPageAsync(Uri baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
