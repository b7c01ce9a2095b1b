using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// The main job's summary email as the desk sees it (issue 20 item 5): the suite's run of 2025-08-26 mailed it to the local SMTP sink
/// with an HTML part; the part notification logged as sent is rendered in Chromium and must show what its plain-text part says (the
/// subject, both counts, one row per no-trade line), and a screenshot is saved (<c>screenshots/suite-summary-email.png</c>).
/// </summary>
public sealed partial class BrowserEmailTests : BrowserPageTest
{
    [Test]
    public async Task The_summary_email_renders_in_chromium_with_what_its_text_part_says()
    {
        var summary = (await ApiAsync("/api/notification/messages?limit=500")).EnumerateArray()
            .Single(m => m.GetProperty("kind").GetString() == "RUN_SUMMARY" && m.GetProperty("sessionDate").GetString() == "2025-08-26");
        Assert.That(summary.GetProperty("status").GetString(), Is.EqualTo("SENT"), "accepted by the SMTP sink");
        var content = await ApiAsync($"/api/notification/messages/{summary.GetProperty("id").GetString()}");
        var text = content.GetProperty("body").GetString()!;
        var issued = Count().Match(text).Groups["n"].Value;
        var noTrade = NoTradeCount().Match(text).Groups["n"].Value;
        var noTradeLines = text.Split("\nNo trade:\n") is [_, var list] ? list.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)) : 0;
        var page = await NewPageAsync();

        await page.SetContentAsync(content.GetProperty("html").GetString()!);

        await Assertions.Expect(page).ToHaveTitleAsync(summary.GetProperty("subject").GetString()!);
        await Assertions.Expect(page.Locator("table table").First.Locator("td")).ToHaveTextAsync(new[]
        {
            "Recommendations naming a listed contract", issued, "No-trade decisions, each with its reason", noTrade,
        });
        await Assertions.Expect(page.Locator("h2:text-is('No trade') + table tr:has(td)")).ToHaveCountAsync(noTradeLines);
        Assert.That(noTradeLines, Is.GreaterThan(0), "the 2025-08-26 sample has no-trade decisions (SPY: no signal)");
        await ScreenshotAsync(page, "suite-summary-email.png");
    }

    [GeneratedRegex(@"Recommendations naming a listed contract: (?<n>\d+)")]
    private static partial Regex Count();

    [GeneratedRegex(@"No-trade decisions, each with its reason: (?<n>\d+)")]
    private static partial Regex NoTradeCount();
}
