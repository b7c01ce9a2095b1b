using System.Text.RegularExpressions;
using Kapman.BrowserTesting;
using Microsoft.Playwright;

namespace Kapman.DashboardShots;

/// <summary>
/// Screenshots of the Aspire dashboard of a suite started by <c>./kapman.sh demo</c> (or <c>up</c>) on this machine:
/// every resource running, one pipeline run's trace across the services, structured logs filtered by that run's id,
/// and a metric chart. Explicit: it needs the running suite, so it is run by hand after the demo
/// (<c>dotnet test tests/Kapman.E2ETests -c Release --filter FullyQualifiedName~DashboardShots</c>), never by test.sh.
/// It logs in with the token the AppHost printed to <c>.kapman/logs/apphost.log</c> and reads the latest run id from the gateway.
/// </summary>
[TestFixture]
[Explicit("needs a suite started by ./kapman.sh demo")]
public sealed partial class AspireDashboardShots
{
    private static readonly Uri Dashboard = new("http://127.0.0.1:18888");
    private BrowserSession browser = null!;
    private IPage page = null!;

    [OneTimeSetUp]
    public async Task LogIn()
    {
        var log = await File.ReadAllLinesAsync(Path.Combine(RepoFiles.Root, ".kapman", "logs", "apphost.log"));
        var token = log.Select(line => LoginToken().Match(line)).Last(m => m.Success).Groups[1].Value;
        browser = await BrowserSession.StartAsync();
        page = await browser.NewPageAsync(Dashboard);
        await page.SetViewportSizeAsync(1600, 1000);
        // The login link sets the dashboard's auth cookie and redirects; the Blazor page never reaches "load".
        await page.GotoAsync("/login?t=" + token.Trim(), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
    }

    [OneTimeTearDown]
    public async Task Close() => await browser.DisposeAsync();

    [Test, Order(1)]
    public async Task Resources_all_running()
    {
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.Commit });
        // The dashboard is interactive Blazor: wait for the grid's rows, then for every state cell to settle.
        await Assertions.Expect(page.GetByText("gateway").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        foreach (var name in new[] { "ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification", "web", "gateway" })
        {
            await Assertions.Expect(page.GetByText(name, new() { Exact = true }).First).ToBeVisibleAsync();
        }

        await BrowserSession.ScreenshotAsync(page, "dashboard-resources.png");
    }

    [Test, Order(2)]
    public async Task The_trace_list()
    {
        await StartRunAsync();
        await page.WaitForTimeoutAsync(15000);
        await page.GotoAsync("/traces", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForTimeoutAsync(5000);
        await BrowserSession.ScreenshotAsync(page, "dashboard-traces.png");
    }

    [Test, Order(3)]
    public async Task Structured_logs_filtered_by_run_id_and_the_runs_trace()
    {
        var runId = await LatestRunIdAsync();
        await page.GotoAsync("/structuredlogs", new() { WaitUntil = WaitUntilState.Commit });
        var filter = page.GetByPlaceholder("Filter...").First;
        await Assertions.Expect(filter).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await filter.ClickAsync();
        await page.Keyboard.TypeAsync(runId);
        await Assertions.Expect(page.GetByText(runId).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await BrowserSession.ScreenshotAsync(page, "dashboard-logs-run.png");

        // Every line of the run carries the run's trace (the context travels in the message headers and the outbox):
        // its trace detail shows the spans of every service the run went through.
        await page.Locator("a[href*='/traces/detail/']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/traces/detail/"), new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByText("wyckoff").Locator("visible=true").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(3000);
        await BrowserSession.ScreenshotAsync(page, "dashboard-run-trace.png");
    }

    [Test, Order(4)]
    public async Task A_metric_chart()
    {
        // The dashboard's own deep link (resource, meter, instrument): its resource picker is a Fluent select that
        // Playwright cannot drive reliably. The instrument is ASP.NET Core's request duration of the ingestion service.
        await page.GotoAsync("/metrics/resource/ingestion?meter=Microsoft.AspNetCore.Hosting&instrument=http.server.request.duration&duration=15&view=Graph",
            new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByText("http.server.request.duration").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(5000);
        await BrowserSession.ScreenshotAsync(page, "dashboard-metric.png");
    }

    /// <summary>A fresh run of the demo session through the gateway, so its trace is among the dashboard's newest.</summary>
    private static async Task StartRunAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:8080") };
        http.DefaultRequestHeaders.Add("X-Api-Key", (await File.ReadAllTextAsync(Path.Combine(RepoFiles.Root, ".kapman", "api-key"))).Trim());
        using var body = new StringContent("""{"sessionDate":"2025-08-26"}""", System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync("/api/ingestion/pipeline/runs", body)).EnsureSuccessStatusCode();
    }

    private static async Task<string> LatestRunIdAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:8080") };
        var runs = await http.GetStringAsync("/api/ingestion/pipeline/runs?limit=1");
        return RunId().Match(runs) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no run: " + runs);
    }

    [GeneratedRegex(@"/login\?t=([0-9a-f]+)")]
    private static partial Regex LoginToken();

    [GeneratedRegex("\"runId\"\\s*:\\s*\"([0-9a-f-]{36})\"")]
    private static partial Regex RunId();
}
