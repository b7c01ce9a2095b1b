using System.Globalization;
using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// The Today page through the real gateway after the sample run of 2025-08-26. Expected values are read from the
/// services' own APIs (the run, the Wyckoff snapshots, the recommendations), never from the page's code.
/// </summary>
public sealed class BrowserTodayTests : BrowserPageTest
{
    [Test]
    public async Task Today_shows_the_sample_run_its_alerts_and_no_trade_reasons()
    {
        var run = await ApiAsync("/api/ingestion/pipeline/runs/latest");
        Assert.That(run.GetProperty("sessionDate").GetString(), Is.EqualTo("2025-08-26"));
        var snapshots = await ApiAsync("/api/wyckoff/snapshots?session=2025-08-26");
        var recommendations = await ApiAsync("/api/recommendation/recommendations?session=2025-08-26");
        var page = await NewPageAsync();

        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("#session time")).ToHaveTextAsync("2025-08-26");
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync(run.GetProperty("status").GetString()!);
        foreach (var stage in run.GetProperty("stages").EnumerateArray())
        {
            var row = page.Locator($"#pipeline tr[data-stage='{stage.GetProperty("stage").GetString()}']");
            await Assertions.Expect(row.Locator("td.count")).ToHaveTextAsync(stage.GetProperty("count").GetInt32().ToString("N0", CultureInfo.InvariantCulture));
        }

        var signalled = snapshots.EnumerateArray()
            .Where(s => s.GetProperty("signal").GetString() is "EXIT" or "PREPARE" or "ENTRY")
            .Select(s => s.GetProperty("ticker").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.That((await page.Locator("#alerts li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.ticker)")).Order(StringComparer.Ordinal),
            Is.EqualTo(signalled));
        if (signalled.Count == 0)
        {
            await Assertions.Expect(page.Locator("#alerts .notice")).ToHaveTextAsync("No alerts for this session");
        }

        var noTrades = recommendations.EnumerateArray().Where(r => r.GetProperty("status").GetString() == "NO_TRADE").ToList();
        foreach (var r in noTrades)
        {
            await Assertions.Expect(page.Locator($"#no-trade li[data-ticker='{r.GetProperty("ticker").GetString()}'] .reason"))
                .ToHaveTextAsync(r.GetProperty("noTradeReason").GetString()!);
        }

        await AssertEveryFieldLabelledAsync(page);
        await ScreenshotAsync(page, "suite-today.png");
    }

    [Test]
    public async Task Today_filters_are_reached_and_submitted_with_the_keyboard_and_list_what_the_api_issued()
    {
        var recommendations = await ApiAsync("/api/recommendation/recommendations?session=2025-08-26");
        var issued = recommendations.EnumerateArray().Where(r => r.GetProperty("status").GetString() != "NO_TRADE").ToList();
        var confident = issued.Count(r => r.GetProperty("confidence").GetDouble() >= 0.5);
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await TabToAsync(page, "#filter-confidence");
        await page.Keyboard.TypeAsync("0.5");
        // The waiter is registered before the key press: a navigation that commits before a later WaitForURL starts
        // listening would otherwise be missed (a 30 s timeout on a fast page).
        var filtered = page.WaitForURLAsync("**/?*minConfidence=0.5*");
        await page.Keyboard.PressAsync("Enter");
        await filtered;
        await Assertions.Expect(page.Locator("#filter-confidence")).ToHaveValueAsync("0.5");
        if (issued.Count == 0)
        {
            // The sample issues no trade on 2025-08-26 (SPY: no signal; ETSY: no chain), so there is no list to narrow.
            await Assertions.Expect(page.Locator("#recommendations p.notice")).ToHaveTextAsync("No recommendations for this session");
        }
        else
        {
            await Assertions.Expect(page.Locator("#recommendations tbody tr")).ToHaveCountAsync(confident);
        }

        await ScreenshotAsync(page, "suite-today-filtered.png");
    }

    [Test]
    public async Task Navigation_links_are_reached_and_followed_with_the_keyboard()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await TabToAsync(page, "nav a[href='/ops']");
        // As above: listening before the key press.
        var navigated = page.WaitForURLAsync("**/ops");
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ops");
        await Assertions.Expect(page.Locator("nav a[aria-current='page']")).ToHaveTextAsync("Ops");
    }
}
