using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// The Ticker page's chart through the real gateway: the canvas is drawn from the stored bars, with one marker per
/// Wyckoff event of the ticker's latest snapshot and one phase-band point per stored snapshot (Wyckoff API).
/// </summary>
public sealed class BrowserTickerTests : BrowserPageTest
{
    /// <summary>INTC: in the sample run its latest snapshot holds an ST event, so its chart must carry a marker.</summary>
    private const string Ticker = "INTC";

    [Test]
    public async Task Chart_canvas_renders_the_stored_bars_with_the_wyckoff_markers_and_phase_band()
    {
        var bars = await ApiAsync($"/api/ingestion/bars/{Ticker}");
        var snapshot = (await ApiAsync("/api/wyckoff/snapshots?session=2025-08-26")).EnumerateArray()
            .Single(s => s.GetProperty("ticker").GetString() == Ticker);
        var events = snapshot.GetProperty("events").EnumerateArray().ToList();
        var history = await ApiAsync($"/api/wyckoff/snapshots/{Ticker}/history");
        Assert.That(events, Is.Not.Empty, $"precondition: {Ticker}'s snapshot of 2025-08-26 has Wyckoff events");
        var page = await NewPageAsync();

        await page.GotoAsync($"/ticker/{Ticker}");

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
