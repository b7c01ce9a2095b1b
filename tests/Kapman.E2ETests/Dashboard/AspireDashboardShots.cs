using System.Text.RegularExpressions;
using Kapman.BrowserTesting;
using Microsoft.Playwright;

namespace Kapman.DashboardShots;

/// <summary>
/// Screenshots of the Aspire dashboard of a suite started by <c>./kapman.sh demo</c> (or <c>up</c>) on this machine:
/// every resource running, one pipeline run's trace across the services, structured logs filtered by that run's id,
/// and a metric chart. Explicit: it needs the running suite, so it is run by hand after the demo
/// (<c>dotnet test tests/Kapman.E2ETests -c Release --filter FullyQualifiedName~DashboardShots</c>), never by test.sh.
/// It logs in with the token in <c>.kapman/dashboard-token</c> and reads the latest run id from the gateway.
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
        var token = await File.ReadAllTextAsync(Path.Combine(RepoFiles.Root, ".kapman", "dashboard-token"));
        browser = await BrowserSession.StartAsync();
        page = await browser.NewPageAsync(Dashboard);
        await page.SetViewportSizeAsync(1600, 1000);
        await page.GotoAsync("/login?t=" + token.Trim());
        await page.WaitForURLAsync(new Regex("/$|/\\?"), new() { Timeout = 60_000 });
    }

    [OneTimeTearDown]
    public async Task Close() => await browser.DisposeAsync();

    [Test, Order(1)]
    public async Task Resources_all_running()
    {
        await page.GotoAsync("/");
        // The dashboard is interactive Blazor: wait for the grid's rows, then for every state cell to settle.
        await Assertions.Expect(page.GetByText("gateway").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByText("Running").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        foreach (var name in new[] { "ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification", "web", "gateway" })
        {
            await Assertions.Expect(page.GetByText(name, new() { Exact = true }).First).ToBeVisibleAsync();
        }

        await BrowserSession.ScreenshotAsync(page, "dashboard-resources.png");
    }

    [Test, Order(2)]
    public async Task A_pipeline_runs_trace_across_the_services()
    {
        await page.GotoAsync("/traces");
        await Assertions.Expect(page.GetByText("ingestion").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await BrowserSession.ScreenshotAsync(page, "dashboard-traces.png");
        // The run's trace starts at the gateway's POST /api/ingestion/pipeline/runs; open the one with most spans.
        var runTrace = page.GetByText("POST /api/ingestion/pipeline/runs").First;
        await Assertions.Expect(runTrace).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await runTrace.ClickAsync();
        await page.WaitForURLAsync(new Regex("/traces/detail/"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("wyckoff").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await BrowserSession.ScreenshotAsync(page, "dashboard-run-trace.png");
    }

    [Test, Order(3)]
    public async Task Structured_logs_filtered_by_run_id()
    {
        var runId = await LatestRunIdAsync();
        await page.GotoAsync("/structuredlogs");
        var filter = page.GetByPlaceholder("Filter...").First;
        await Assertions.Expect(filter).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await filter.FillAsync(runId);
        await Assertions.Expect(page.GetByText(runId).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await BrowserSession.ScreenshotAsync(page, "dashboard-logs-run.png");
    }

    [Test, Order(4)]
    public async Task A_metric_chart()
    {
        await page.GotoAsync("/metrics/resource/ingestion?meter=Microsoft.AspNetCore.Hosting&instrument=http.server.request.duration");
        await Assertions.Expect(page.GetByText("http.server.request.duration").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(3000);
        await BrowserSession.ScreenshotAsync(page, "dashboard-metric.png");
    }

    private static async Task<string> LatestRunIdAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:8080") };
        var runs = await http.GetStringAsync("/api/ingestion/pipeline/runs?limit=1");
        return RunId().Match(runs) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no run: " + runs);
    }

    [GeneratedRegex("\"runId\"\\s*:\\s*\"([0-9a-f-]{36})\"")]
    private static partial Regex RunId();
}
