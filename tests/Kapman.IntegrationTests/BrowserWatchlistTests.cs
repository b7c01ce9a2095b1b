using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// Watchlists through the web's forms and the real ingestion API: the seeded <c>default</c> list as the API reports
/// it, then create, add and remove on a new list, each step confirmed by the API rather than the page.
/// </summary>
public sealed class BrowserWatchlistTests : BrowserPageTest
{
    [Test]
    public async Task Default_watchlist_shows_each_ticker_with_its_latest_stored_bar()
    {
        var entries = (await ApiAsync("/api/ingestion/watchlists/default")).EnumerateArray().ToList();
        var withData = entries.Where(e => e.GetProperty("status").GetString() == "ok").ToList();
        Assert.That(withData, Is.Not.Empty, "precondition: the sample has bars for some default tickers");
        var page = await NewPageAsync();

        await page.GotoAsync("/watchlists?name=default");

        var rows = page.Locator("section[data-watchlist='default'] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(entries.Count);
        await Assertions.Expect(page.Locator("#watchlist-count")).ToHaveTextAsync($"{entries.Count} ticker(s), {withData.Count} with stored bars");
        var first = withData[0];
        var row = page.Locator($"section[data-watchlist='default'] tr[data-ticker='{first.GetProperty("ticker").GetString()}']");
        await Assertions.Expect(row.Locator("td.status")).ToHaveTextAsync("ok");
        Assert.That(double.Parse(await row.Locator("td.close").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(first.GetProperty("lastClose").GetDouble()).Within(0.00005));
        await AssertEveryFieldLabelledAsync(page);
        await ScreenshotAsync(page, "suite-watchlists-default.png");
    }

    [Test]
    public async Task Create_add_and_remove_tickers_through_the_forms()
    {
        var name = "browser-" + Guid.NewGuid().ToString("N")[..6];
        var page = await NewPageAsync();
        await page.GotoAsync("/watchlists");

        await page.Locator("#wl-name").FillAsync(name);
        await page.GetByLabel("Tickers").FillAsync("aapl, ZZZZ");
        await page.Locator("#wl-key").FillAsync(Suite.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#watchlist-result")).ToHaveTextAsync("Watchlist saved.");
        Assert.That(await TickersAsync(name), Is.EqualTo(new[] { "AAPL ok", "ZZZZ no data" }));
        await Assertions.Expect(page.Locator($"section[data-watchlist='{name}'] tr[data-ticker='ZZZZ'] td.status")).ToHaveTextAsync("no data");

        var card = page.Locator($"section[data-watchlist='{name}']");
        await card.GetByLabel("Ticker", new() { Exact = true }).FillAsync("MSFT");
        await card.Locator("form.add-ticker").GetByLabel("API key").FillAsync(Suite.ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(page.Locator("#watchlist-result")).ToHaveTextAsync("Watchlist ticker added.");
        Assert.That(await TickersAsync(name), Is.EqualTo(new[] { "AAPL ok", "MSFT ok", "ZZZZ no data" }));

        card = page.Locator($"section[data-watchlist='{name}']");
        await card.GetByLabel("Ticker to remove").SelectOptionAsync("ZZZZ");
        await card.Locator("form.remove-ticker").GetByLabel("API key").FillAsync(Suite.ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Assertions.Expect(page.Locator("#watchlist-result")).ToHaveTextAsync("Watchlist ticker removed.");
        Assert.That(await TickersAsync(name), Is.EqualTo(new[] { "AAPL ok", "MSFT ok" }));
        await Assertions.Expect(page.Locator($"section[data-watchlist='{name}'] tbody tr")).ToHaveCountAsync(2);
        await ScreenshotAsync(page, "suite-watchlist-edited.png");
    }

    private static async Task<string[]> TickersAsync(string name) =>
        [.. (await ApiAsync($"/api/ingestion/watchlists/{name}")).EnumerateArray()
            .Select(e => e.GetProperty("ticker").GetString() + " " + e.GetProperty("status").GetString())];
}
