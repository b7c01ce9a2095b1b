using System.Text.Json;
using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// Portfolio create, add a ticker at P2, re-prioritise to P1, rename and delete, through the web's HTML forms and
/// the real ingestion API behind the gateway; after each step the API (not the page) confirms what was stored.
/// </summary>
public sealed class BrowserPortfolioTests : BrowserPageTest
{
    [Test]
    public async Task Create_edit_and_delete_a_portfolio_through_the_forms()
    {
        var name = "Browser " + Guid.NewGuid().ToString("N")[..6];
        var renamed = name + " US";
        var page = await NewPageAsync();
        await page.GotoAsync("/portfolios");
        await AssertEveryFieldLabelledAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.Locator("#new-key").FillAsync(Suite.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page.Locator("#portfolio-result")).ToHaveTextAsync("Portfolio created.");
        var stored = await StoredAsync(name);
        Assert.That(stored, Is.Not.Null, "the ingestion API lists the new portfolio");

        var card = page.Locator($"section[data-portfolio='{name}']");
        await card.GetByLabel("Ticker", new() { Exact = true }).FillAsync("AAPL");
        await card.GetByLabel("Priority").SelectOptionAsync("P2");
        await card.Locator("form.add-ticker").GetByLabel("API key").FillAsync(Suite.ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Add or re-prioritise" }).ClickAsync();
        await Assertions.Expect(page.Locator($"section[data-portfolio='{name}'] tr[data-ticker='AAPL'] td.priority")).ToHaveTextAsync("P2");
        Assert.That(Priorities(await StoredAsync(name)), Is.EqualTo(new[] { "AAPL P2" }));

        card = page.Locator($"section[data-portfolio='{name}']");
        await card.GetByLabel("Ticker", new() { Exact = true }).FillAsync("AAPL");
        await card.GetByLabel("Priority").SelectOptionAsync("P1");
        await card.Locator("form.add-ticker").GetByLabel("API key").FillAsync(Suite.ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Add or re-prioritise" }).ClickAsync();
        await Assertions.Expect(page.Locator($"section[data-portfolio='{name}'] tr[data-ticker='AAPL'] td.priority")).ToHaveTextAsync("P1");
        Assert.That(Priorities(await StoredAsync(name)), Is.EqualTo(new[] { "AAPL P1" }));

        card = page.Locator($"section[data-portfolio='{name}']");
        await card.GetByLabel("New name").FillAsync(renamed);
        await card.Locator("form.rename").GetByLabel("API key").FillAsync(Suite.ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = "Rename" }).ClickAsync();
        await Assertions.Expect(page.Locator($"section[data-portfolio='{renamed}'] h2")).ToHaveTextAsync(renamed);
        Assert.That(await StoredAsync(renamed), Is.Not.Null, "renamed in the API");
        await ScreenshotAsync(page, "suite-portfolios-edited.png");

        card = page.Locator($"section[data-portfolio='{renamed}']");
        await card.Locator("form.delete").GetByLabel("API key").FillAsync(Suite.ApiKey);
        await card.GetByRole(AriaRole.Button, new() { Name = $"Delete {renamed}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#portfolio-result")).ToHaveTextAsync("Portfolio deleted.");
        await Assertions.Expect(page.Locator($"section[data-portfolio='{renamed}']")).ToHaveCountAsync(0);
        Assert.That(await StoredAsync(renamed), Is.Null, "deleted in the API");
    }

    [Test]
    public async Task A_wrong_api_key_changes_nothing()
    {
        var name = "Browser " + Guid.NewGuid().ToString("N")[..6];
        var page = await NewPageAsync();
        await page.GotoAsync("/portfolios");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.Locator("#new-key").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Assertions.Expect(page.Locator("#portfolio-result.problem")).ToHaveCountAsync(1);
        Assert.That(await StoredAsync(name), Is.Null);
    }

    private static async Task<JsonElement?> StoredAsync(string name)
    {
        var all = await ApiAsync("/api/ingestion/portfolios");
        return all.EnumerateArray().Where(p => p.GetProperty("name").GetString() == name).Select(p => (JsonElement?)p).SingleOrDefault();
    }

    private static string[] Priorities(JsonElement? portfolio) =>
        [.. portfolio!.Value.GetProperty("tickers").EnumerateArray().Select(t => t.GetProperty("ticker").GetString() + " " + t.GetProperty("priority").GetString())];
}
