using Kapman.Notification.Core.Telegram;

namespace Kapman.Notification.Core.Tests.Telegram;

/// <summary>
/// The plain Telegram alert in HTML parse mode (Bot API, "HTML style": every &lt;, &gt; and &amp; outside a tag or entity must be written as
/// its entity), with the expected strings written out by hand.
/// </summary>
public sealed class AlertTextTests
{
    [Test]
    public void The_subject_is_bold_with_its_severity_and_every_markup_character_is_escaped() =>
        Assert.That(AlertText.Html("critical", "BC >= 24 & exit <NVDA>", "score <25> & \"rising\""),
            Is.EqualTo("<b>CRITICAL · BC &gt;= 24 &amp; exit &lt;NVDA&gt;</b>\n\nscore &lt;25&gt; &amp; \"rising\""));

    [Test]
    public void An_entity_written_in_the_source_text_is_escaped_too_so_it_shows_as_written() =>
        Assert.That(AlertText.Escape("&lt; is not <"), Is.EqualTo("&amp;lt; is not &lt;"));

    [Test]
    public void A_long_body_is_cut_so_the_visible_text_fits_4096_characters()
    {
        // Visible: "INFO · S" (8) + "\n\n" (2) + body; the body gets 4086 characters: 4085 of it and "…".
        var body = new string('<', 5000);

        var html = AlertText.Html("info", "S", body);

        var visible = html.Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(visible, Has.Length.EqualTo(4096));
            Assert.That(visible, Does.EndWith("<<<…"));
            Assert.That(html, Does.StartWith("<b>INFO · S</b>\n\n&lt;&lt;"));
        });
    }

    [Test]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // 4085 body characters fit; character 4085 (index 4084) is the high half of 📈, so the cut keeps 4084 and drops the pair.
        var body = new string('x', 4084) + "📈" + new string('y', 100);

        var html = AlertText.Html("info", "S", body);

        Assert.That(html, Does.EndWith(new string('x', 10) + "…"));
    }
}
