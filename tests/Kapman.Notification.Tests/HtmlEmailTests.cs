using Kapman.Notification.Application;
using Kapman.Notification.Core;
using Kapman.Notification.Data;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Kapman.Notification.Tests;

/// <summary>
/// Every email goes out as multipart/alternative over SMTP (issue 20 item 5): the plain text first, then the HTML part, as the mail a
/// local SMTP stand-in received, parsed back with MimeKit; the message log keeps the HTML that was sent.
/// </summary>
[TestFixture]
public sealed class HtmlEmailTests
{
    private ServiceTestDatabase database = null!;

    [SetUp]
    public async Task CreateDatabase() =>
        database = await ServiceTestDatabase.CreateAsync("notification", typeof(EmailDispatcher).Assembly);

    [TearDown]
    public async Task DropDatabase() => await database.DisposeAsync();

    [Test]
    public async Task The_summary_is_sent_with_its_text_and_html_parts_and_the_log_keeps_the_html()
    {
        await using var smtp = new SmtpStandIn(silentAfterData: false);
        await using var provider = Services(smtp.Port);
        var summary = MessageComposer.Summary(new DateOnly(2025, 8, 26), 1, 1,
        [
            new SummaryLine("SPY", "ISSUED", "LONG_CALL", "LONG", "BUY", "SPY250919C00650000", 0.7, null),
            new SummaryLine("AAPL", "NO_TRADE", null, null, null, null, 0, "no signal"),
        ]);

        var outcome = await provider.GetRequiredService<EmailDispatcher>().DispatchAsync(summary, CancellationToken.None);
        using var mail = MimeMessage.Load(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(smtp.Messages.Single())));
        var alternative = mail.Body as MultipartAlternative;
        var store = provider.GetRequiredService<MessageStore>();
        var logged = await store.ContentAsync((await store.RecentAsync(1, CancellationToken.None)).Single().Id, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(DispatchOutcome.Sent));
            Assert.That(mail.Subject, Is.EqualTo("Kapman 2025-08-26: 1 recommendations, 1 no-trade"));
            Assert.That(alternative, Is.Not.Null, "multipart/alternative");
            Assert.That(alternative!.Select(p => p.ContentType.MimeType), Is.EqualTo(new[] { "text/plain", "text/html" }), "text first, HTML preferred");
            Assert.That(mail.TextBody?.ReplaceLineEndings("\n"), Is.EqualTo(summary.Body));
            Assert.That(mail.HtmlBody, Does.Contain(">SPY250919C00650000</td>").And.Contain(">no signal</td>"));
            Assert.That(logged!.Html, Is.EqualTo(mail.HtmlBody?.ReplaceLineEndings("\n")), "the log keeps what was sent");
            Assert.That(logged.Body, Is.EqualTo(summary.Body));
        });
    }

    private ServiceProvider Services(int smtpPort) => EmailServices.Build(database.DataSource, smtpPort, 10, _ => { });
}
