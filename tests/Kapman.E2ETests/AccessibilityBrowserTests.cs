using System.Net.Http.Json;
using System.Text.Json;
using Kapman.BrowserTesting;
using Microsoft.Playwright;

namespace Kapman.E2ETests;

/// <summary>
/// Every page in Debian's headless Chromium (stub gateway's full day, a portfolio with a ticker, a watchlist with two
/// entries and a failed message in an <c>_error</c> queue, so every form is on screen):
/// each form field has a <c>&lt;label&gt;</c> (for/id or wrapping) and a non-empty accessible name as Chromium's
/// accessibility tree computes it, and Tab alone visits every link, field and button in document order without
/// getting stuck (a date field keeps the focus for its three segments and calendar button). On a failure the page is saved as <c>screenshots/a11y-failed-*.png</c> in the test output.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AccessibilityBrowserTests
{
    private const string ApiKey = "a11y-key";
    private const string Source = "wyckoff-market-session-ingested";
    private const string FieldSelector = "input:not([type=hidden]), select, textarea";
    private const string FocusableSelector = "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])";

    private StubSuite suite = null!;
    private IPage? lastPage;

    [OneTimeSetUp]
    public async Task Start()
    {
        suite = await StubSuite.StartAsync(ApiKey, Source, ("m-1", """{"message":{"ticker":"AAPL"}}""", "database timeout"));
        using var http = new HttpClient { BaseAddress = suite.Gateway.Url };
        (await http.PostAsJsonAsync("/api/ingestion/portfolios", new { name = "Core" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync("/api/ingestion/portfolios/1/tickers", new { ticker = "AAPL", priority = "P1" })).EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (suite is not null)
        {
            await suite.DisposeAsync();
        }
    }

    [TearDown]
    public async Task ScreenshotFailure()
    {
        if (lastPage is { } page && TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await BrowserSession.ScreenshotAsync(page, $"a11y-failed-{TestContext.CurrentContext.Test.MethodName}-{Slug(page.Url)}.png");
        }

        lastPage = null;
    }

    /// <summary>
    /// <paramref name="fields"/> is how many fields the page's forms have with this data (Today: 3 filters; Ticker:
    /// the expiration; Portfolios: create 2, add 3, rename 2, delete 1, remove 1; Watchlists: save 3, add 2, remove 2;
    /// Ops: quarantine session 1, replay 5, re-drive 1, and the routing controls' keys: pause or resume for each of the 3 channels,
    /// acknowledge and resend for the unacknowledged email, resend for the acknowledged one; Approvals: quantity and key for each of the 2 pending; Kill switch:
    /// mode, reason, key; a working order: the cancel key), so a page that lost its forms fails instead of passing empty.
    /// </summary>
    [TestCase("/", 3)]
    [TestCase("/ticker/XLE", 1)]
    [TestCase("/ticker/SPY", 1)]
    [TestCase("/portfolios", 9)]
    [TestCase("/watchlists", 7)]
    [TestCase("/ops", 13)]
    [TestCase("/accuracy", 0)]
    [TestCase("/recommendations/0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f", 0)]
    [TestCase("/approvals", 4)]
    [TestCase("/kill-switch", 3)]
    [TestCase("/orders", 0)]
    [TestCase("/orders/5a0e0000-0000-4000-8000-000000000002", 1)]
    [TestCase("/positions", 0)]
    [TestCase("/journal", 0)]
    public async Task EveryFormFieldHasALabelAndAnAccessibleName(string path, int fields)
    {
        var page = await OpenAsync(path);
        var labels = await page.EvaluateAsync<string[]>(
            """
            selector => [...document.querySelectorAll(selector)].map((e, i) => {
                e.setAttribute("data-a11y-field", String(i));
                const label = e.labels ? [...e.labels].map(l => l.textContent.trim()).filter(t => t.length > 0).join(" ") : "";
                return (e.id || e.name || e.outerHTML) + "\t" + label;
            })
            """,
            FieldSelector);
        var names = await AccessibleNamesAsync(page);

        Assert.That(labels, Has.Length.EqualTo(fields), $"form fields on {path}");
        var problems = labels.Select((entry, i) => (Field: entry.Split('\t')[0], Label: entry.Split('\t')[1], Name: names.GetValueOrDefault(i, string.Empty)))
            .Where(f => f.Label.Length == 0 || f.Name.Trim().Length == 0)
            .Select(f => $"{f.Field} (label '{f.Label}', accessible name '{f.Name}')")
            .ToList();
        Assert.That(problems, Is.Empty, $"fields without a label or accessible name on {path}");
    }

    [TestCase("/")]
    [TestCase("/ticker/XLE")]
    [TestCase("/portfolios")]
    [TestCase("/watchlists")]
    [TestCase("/ops")]
    [TestCase("/accuracy")]
    [TestCase("/recommendations/0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f")]
    [TestCase("/approvals")]
    [TestCase("/kill-switch")]
    [TestCase("/orders")]
    [TestCase("/positions")]
    public async Task TabAloneReachesEveryControlInDocumentOrder(string path)
    {
        var page = await OpenAsync(path);
        var segmented = await page.EvaluateAsync<int[]>(
            """
            selector => {
                const all = [...document.querySelectorAll(selector)]
                    .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden");
                all.forEach((e, i) => e.setAttribute("data-kb", String(i)));
                return all.map(e => e.matches("input[type=date]") ? 4 : 1);
            }
            """,
            FocusableSelector);
        var count = segmented.Length;
        Assert.That(count, Is.GreaterThan(0), $"focusable elements on {path}");

        // Chromium's date field takes a Tab for each of month, day, year and its calendar button while keeping the focus.
        var visits = new List<int>();
        for (var press = 0; press < segmented.Sum() + 3; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-kb') ?? null");
            if (focused is not null)
            {
                visits.Add(int.Parse(focused, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var firstVisits = visits.Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(firstVisits, Is.EqualTo(Enumerable.Range(0, count)), $"Tab order on {path} (indices in document order)");
            Assert.That(Runs(visits).Where(r => r.Length > segmented[r.Index]).Select(r => r.Index), Is.Empty,
                $"a Tab press left focus where it was on {path} (more presses in a row on one control than its segments)");
        });
    }

    /// <summary>Each run of consecutive equal visits: the control's index and the presses it kept the focus.</summary>
    private static IEnumerable<(int Index, int Length)> Runs(List<int> visits)
    {
        for (var start = 0; start < visits.Count;)
        {
            var end = start;
            while (end < visits.Count && visits[end] == visits[start])
            {
                end++;
            }

            yield return (visits[start], end - start);
            start = end;
        }
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = lastPage = await suite.Browser.NewPageAsync(suite.BaseUrl);
        var response = await page.GotoAsync(path);
        Assert.That(response?.Status, Is.EqualTo(200), path);
        return page;
    }

    /// <summary>
    /// Chromium's computed accessible name of each element marked <c>data-a11y-field</c>, by that index: the DOM tree
    /// gives each marked element's backend node id, the full accessibility tree gives the name for that node id.
    /// </summary>
    private static async Task<Dictionary<int, string>> AccessibleNamesAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var document = await cdp.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = -1 });
        var fieldNodes = new Dictionary<int, int>();
        CollectMarked(document!.Value.GetProperty("root"), fieldNodes);

        await cdp.SendAsync("Accessibility.enable");
        var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
        var nameByNode = new Dictionary<int, string>();
        foreach (var node in tree!.Value.GetProperty("nodes").EnumerateArray())
        {
            if (node.TryGetProperty("backendDOMNodeId", out var id)
                && node.TryGetProperty("name", out var name) && name.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            {
                nameByNode[id.GetInt32()] = value.GetString()!;
            }
        }

        await cdp.DetachAsync();
        return fieldNodes.ToDictionary(f => f.Key, f => nameByNode.GetValueOrDefault(f.Value, string.Empty));
    }

    private static void CollectMarked(JsonElement node, Dictionary<int, int> marked)
    {
        if (node.TryGetProperty("attributes", out var attributes))
        {
            var pairs = attributes.EnumerateArray().Select(a => a.GetString()!).ToArray();
            for (var i = 0; i + 1 < pairs.Length; i += 2)
            {
                if (pairs[i] == "data-a11y-field")
                {
                    marked[int.Parse(pairs[i + 1], System.Globalization.CultureInfo.InvariantCulture)] = node.GetProperty("backendNodeId").GetInt32();
                }
            }
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                CollectMarked(child, marked);
            }
        }
    }

    private static string Slug(string url) => new([.. new Uri(url).AbsolutePath.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
}
