using Kapman.Notification.Core.Email;

namespace Kapman.Notification.Core.Tests.Email;

/// <summary>The HTML part of an email: text laid out as paragraphs and lists, everything from a message encoded.</summary>
[TestFixture]
public sealed class EmailHtmlTests
{
    [Test]
    public void Dash_lines_become_one_list_and_other_lines_paragraphs()
    {
        var html = EmailHtml.FromText("S", "First line.\n- one\n- two\n\nLast line.");

        Assert.That(Content(html), Is.EqualTo(
            "<p style=\"margin:0 0 12px\">First line.</p>" +
            "<ul style=\"margin:0 0 12px;padding-left:20px\"><li>one</li><li>two</li></ul>" +
            "<p style=\"margin:0 0 12px\">Last line.</p>"));
    }

    [Test]
    public void A_list_at_the_end_is_closed()
    {
        Assert.That(Content(EmailHtml.FromText("S", "- only")), Is.EqualTo("<ul style=\"margin:0 0 12px;padding-left:20px\"><li>only</li></ul>"));
    }

    [Test]
    public void Markup_in_a_subject_or_body_is_encoded_not_rendered()
    {
        var html = EmailHtml.FromText("<b>x</b>", "<script>alert(1)</script> & \"q\"");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<b>x</b>"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"));
            Assert.That(html, Does.Contain("<title>&lt;b&gt;x&lt;/b&gt;</title>"));
        });
    }

    [Test]
    public void A_message_without_its_own_html_gets_its_text_laid_out()
    {
        var alert = MessageComposer.Alert("BC_EXIT", "NVDA", 25, new DateOnly(2025, 8, 26));

        Assert.Multiple(() =>
        {
            Assert.That(alert.Html, Is.Null);
            Assert.That(EmailHtml.For(alert), Does.Contain("<p style=\"margin:0 0 12px\">NVDA scored 25/28 on the Buying Climax scale for the 2025-08-26 session.</p>"));
        });
    }

    [Test]
    public void The_summary_lists_trades_and_no_trades_in_tables_in_the_texts_order()
    {
        var summary = MessageComposer.Summary(new DateOnly(2025, 8, 26), 1, 2,
        [
            new SummaryLine("SPY", "ISSUED", "LONG_CALL", "LONG", "BUY", "SPY250919C00650000", 0.712, null),
            new SummaryLine("IWM", "ISSUED", "LONG_PUT", "SHORT", "BUY", "IWM250919P00200000", 0.4, null, NoEdge: true),
            new SummaryLine("AAPL", "NO_TRADE", null, null, null, null, 0, "no signal"),
            new SummaryLine("MSFT", "NO_TRADE", null, null, null, null, 0, "chain older than 2 sessions <stale>"),
        ]);
        var html = EmailHtml.For(summary);

        Assert.Multiple(() =>
        {
            Assert.That(Cells(html), Is.EqualTo(new[]
            {
                "Recommendations naming a listed contract", "1", "No-trade decisions, each with its reason", "2",
                "SPY", "LONG_CALL", "LONG", "BUY", "SPY250919C00650000", "0.71",
                "IWM", "LONG_PUT", "SHORT", "BUY", "IWM250919P00200000", "0.40 (no edge: the signal&#39;s base rate)",
                "AAPL", "no signal", "MSFT", "chain older than 2 sessions &lt;stale&gt;",
            }));
            Assert.That(html, Does.Contain("<h2 style=\"font-size:15px;margin:16px 0 8px\">New recommendations</h2>")
                .And.Contain("<h2 style=\"font-size:15px;margin:16px 0 8px\">No trade</h2>"));
            Assert.That(html, Does.Contain("<title>Kapman 2025-08-26: 1 recommendations, 2 no-trade</title>"));
        });
    }

    /// <summary>The content cell of the document, between the title bar and the footer.</summary>
    private static string Content(string html)
    {
        const string open = "<tr><td style=\"padding:16px 24px;font-size:14px;line-height:1.5\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return html[start..html.IndexOf("</td></tr><tr><td style=\"padding:12px 24px", start, StringComparison.Ordinal)];
    }

    /// <summary>The text of every data cell (td), in document order.</summary>
    private static string[] Cells(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<td style=\"padding:6px[^\"]*\">(.*?)</td>").Select(m => m.Groups[1].Value).ToArray();
}
