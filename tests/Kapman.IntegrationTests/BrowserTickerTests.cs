using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// The Ticker page's chart through the real gateway: the canvas is drawn from the stored bars, with one marker per
/// Wyckoff event of the ticker's latest snapshot and one phase-band point per stored snapshot (Wyckoff API).
/// </summary>
public sealed class BrowserTickerTests : BrowserPageTest
{
    /// <summary>
    /// The ticker whose snapshot of the sample session holds the most Wyckoff events (INTC when none has any). Under wyckoff-1.3.0
    /// INTC's held an ST; since wyckoff-1.4.0 (a climax must end a move of at least 12 ATR, issue 21) no ticker of the 67-ticker
    /// sample has an event that session, so the markers are then checked to be none, as the snapshot says.
    /// </summary>
    private const string FallbackTicker = "INTC";

    [Test]
    public async Task Chart_canvas_renders_the_stored_bars_with_the_wyckoff_markers_and_phase_band()
    {
        var snapshots = (await ApiAsync("/api/wyckoff/snapshots?session=2025-08-26")).EnumerateArray().ToList();
        var snapshot = snapshots.OrderByDescending(s => s.GetProperty("events").GetArrayLength()).ThenBy(s => s.GetProperty("ticker").GetString(), StringComparer.Ordinal)
            .Where(s => s.GetProperty("events").GetArrayLength() > 0)
            .DefaultIfEmpty(snapshots.Single(s => s.GetProperty("ticker").GetString() == FallbackTicker)).First();
        var ticker = snapshot.GetProperty("ticker").GetString()!;
        var bars = await ApiAsync($"/api/ingestion/bars/{ticker}");
        var events = snapshot.GetProperty("events").EnumerateArray().ToList();
        var history = await ApiAsync($"/api/wyckoff/snapshots/{ticker}/history");
        await TestContext.Out.WriteLineAsync($"chart of {ticker}: {events.Count} Wyckoff events in its 2025-08-26 snapshot");
        var page = await NewPageAsync();

        await page.GotoAsync($"/ticker/{ticker}");

        await Assertions.Expect(page.Locator("#chart[data-rendered='true']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("#chart canvas").CountAsync(), Is.GreaterThan(0), "lightweight-charts draws on canvases");
            Assert.That(await page.Locator("#chart").GetAttributeAsync("data-bars"), Is.EqualTo(bars.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(await page.Locator("#chart").GetAttributeAsync("data-markers"), Is.EqualTo(events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(await page.Locator("#chart-status").InnerTextAsync(),
                Does.Contain(string.Join(", ", events.Select(e => e.GetProperty("code").GetString() + " " + e.GetProperty("date").GetString()))));
            Assert.That(await page.Locator("#chart").GetAttributeAsync("data-phases"), Is.EqualTo(history.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
        var drawn = await page.Locator("#chart canvas").First.EvaluateAsync<bool>(
            "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; }");
        Assert.That(drawn, Is.True, "the chart canvas has painted pixels");
        await AssertEveryFieldLabelledAsync(page);
        await ScreenshotAsync(page, "suite-ticker-intc.png");
    }

    [Test]
    public async Task Spy_page_lists_the_stored_chain_and_gex_of_the_sample()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/ticker/SPY");

        await Assertions.Expect(page.Locator("#chart[data-rendered='true']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.That(await page.Locator("#chain tbody tr").CountAsync(), Is.GreaterThan(0), "SPY has the sample's 7,011-contract chain");
        Assert.That(await page.Locator("#gex li[data-strike]").CountAsync(), Is.GreaterThan(0), "GEX by strike is drawn as bars");
        await ScreenshotAsync(page, "suite-ticker-spy.png");
    }
}
