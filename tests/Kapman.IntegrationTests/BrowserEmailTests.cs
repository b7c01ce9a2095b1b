using System.Globalization;
using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// The main job's summary email as the desk sees it (issue 20 item 5): the suite's run of 2025-08-26 mailed it to the local SMTP sink
/// with an HTML part; the part notification logged as sent is rendered in Chromium, its counts checked against the recommendation
/// service's own API and a screenshot saved (<c>screenshots/suite-summary-email.png</c>).
/// </summary>
public sealed class BrowserEmailTests : BrowserPageTest
{
    [Test]
    public async Task The_summary_email_renders_in_chromium_with_the_sessions_counts()
    {
        var recommendations = await ApiAsync("/api/recommendation/recommendations?session=2025-08-26");
        var issued = recommendations.EnumerateArray().Count(r => r.GetProperty("status").GetString() != "NO_TRADE");
        var noTrade = recommendations.EnumerateArray().Count(r => r.GetProperty("status").GetString() == "NO_TRADE");
        var summary = (await ApiAsync("/api/notification/messages?limit=500")).EnumerateArray()
            .Single(m => m.GetProperty("kind").GetString() == "RUN_SUMMARY" && m.GetProperty("sessionDate").GetString() == "2025-08-26");
        Assert.That(summary.GetProperty("status").GetString(), Is.EqualTo("SENT"), "accepted by the SMTP sink");
        var content = await ApiAsync($"/api/notification/messages/{summary.GetProperty("id").GetString()}");
        var page = await NewPageAsync();

        await page.SetContentAsync(content.GetProperty("html").GetString()!);

        await Assertions.Expect(page).ToHaveTitleAsync($"Kapman 2025-08-26: {issued} recommendations, {noTrade} no-trade");
        var counts = page.Locator("table table").First.Locator("td");
        await Assertions.Expect(counts).ToHaveTextAsync(new[]
        {
            "Recommendations naming a listed contract", issued.ToString(CultureInfo.InvariantCulture),
            "No-trade decisions, each with its reason", noTrade.ToString(CultureInfo.InvariantCulture),
        });
        foreach (var r in recommendations.EnumerateArray().Where(r => r.GetProperty("status").GetString() == "NO_TRADE"))
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = r.GetProperty("noTradeReason").GetString()!, Exact = true }).First).ToBeVisibleAsync();
        }

        await ScreenshotAsync(page, "suite-summary-email.png");
    }
}
