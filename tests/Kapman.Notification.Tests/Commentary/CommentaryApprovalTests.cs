using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Kapman.Notification.Commentary;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core.Commentary;
using Kapman.Notification.Telegram;
using Kapman.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests.Commentary;

/// <summary>
/// A report is distributed only once approved (seed 004 §8): a press of Approve in the Telegram stand-in emails it once (SMTP stand-in)
/// and a second press does nothing; with Telegram disabled it waits PENDING_APPROVAL for the approve endpoint, which, like every
/// mutating call, needs the gateway's credential (given only after the gateway checked the operator's API key).
/// </summary>
[TestFixture]
public sealed class CommentaryApprovalTests
{
    private const string GatewayToken = "gateway-token-commentary-tests";
    private CommentaryTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await CommentaryTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task Approve_in_Telegram_emails_the_report_once_and_a_second_press_does_nothing()
    {
        await using var provider = bed.Services(bed.Configuration(new Dictionary<string, string?> { ["Kapman:Notification:Commentary:Provider"] = "template" }));
        var (report, _) = await provider.GetRequiredService<CommentaryWriter>().WriteAsync(ReportKinds.OnDemand, CommentaryFacts.Session, CancellationToken.None);
        var data = "ca:" + report.Id.ToString("N", CultureInfo.InvariantCulture);
        var state = bed.Telegram.Bot.State;
        var message = state.Messages.Single(m => m.ChatId == 1001).MessageId;
        var poller = provider.GetRequiredService<TelegramPoller>();

        state.InjectCallback(1001, 42, message, data);
        await poller.PollOnceAsync(1, CancellationToken.None);
        state.InjectCallback(1001, 42, message, data);
        state.InjectCallback(1002, 43, state.Messages.Single(m => m.ChatId == 1002).MessageId, "cr:" + report.Id.ToString("N", CultureInfo.InvariantCulture));
        await poller.PollOnceAsync(1, CancellationToken.None);

        var answers = state.CallsOf("answerCallbackQuery").Select(c => (string)c.Parameters["text"]!).ToArray();
        Assert.Multiple(async () =>
        {
            Assert.That(answers, Is.EqualTo(new[] { "Report approved and sent by email.", "Already decided.", "Already decided." }));
            Assert.That(bed.Smtp.Mails, Is.EqualTo(1));
            Assert.That(await bed.ScalarAsync<string>("SELECT state || ' ' || decided_by FROM commentary_reports"), Is.EqualTo("DISTRIBUTED telegram @operator42"));
            Assert.That(await bed.ScalarAsync<string>("SELECT status || ' ' || subject FROM messages WHERE kind = 'COMMENTARY'"),
                Is.EqualTo("SENT [Kapman] Market report 2025-08-26 (TEMPLATE, commentary-template-1)"));
            Assert.That(await bed.ScalarAsync<string>("SELECT body FROM messages WHERE kind = 'COMMENTARY'"), Does.EndWith(
                "\n\n--\nSource: TEMPLATE (template built from the facts), model commentary-template-1. Approved by telegram @operator42."));
            Assert.That(state.CallsOf("editMessageText"), Has.Count.EqualTo(1));
            Assert.That(state.Messages.Single(m => m.ChatId == 1001).Text, Does.EndWith("\n\nApproved by @operator42: sent by email."));
        });
    }

    [Test]
    public async Task Without_Telegram_the_report_waits_for_the_approve_endpoint_which_needs_the_gateway_credential()
    {
        var configuration = bed.Configuration(new Dictionary<string, string?>
        {
            ["Kapman:Telegram:Enabled"] = "false",
            ["Kapman:Notification:Commentary:Provider"] = "template",
            [GatewayCredential.ConfigurationKey] = GatewayToken,
        });
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddConfiguration(configuration);
        bed.Register(builder.Services, builder.Configuration);
        await using var app = builder.Build();
        app.UseMiddleware<GatewayCredentialMiddleware>();
        app.MapCommentaryApi();
        await app.StartAsync();
        using var client = app.GetTestClient();
        var body = new { kind = "pre_market", sessionDate = "2025-08-27" };

        using var unkeyed = await client.PostAsJsonAsync("/commentary/reports", body);
        using var keyed = Keyed(HttpMethod.Post, "/commentary/reports", JsonContent.Create(body));
        using var created = await client.SendAsync(keyed);
        var report = (await created.Content.ReadFromJsonAsync<CommentaryReportDto>())!;
        using var approveUnkeyed = await client.PostAsync($"/commentary/reports/{report.Id}/approve", null);
        var pending = await bed.ScalarAsync<string>("SELECT state FROM commentary_reports");
        using var approve = Keyed(HttpMethod.Post, $"/commentary/reports/{report.Id}/approve");
        using var approved = await client.SendAsync(approve);
        using var again = Keyed(HttpMethod.Post, $"/commentary/reports/{report.Id}/approve");
        using var second = await client.SendAsync(again);
        var listed = await client.GetFromJsonAsync<CommentaryReportDto[]>("/commentary/reports?session=2025-08-27");

        Assert.Multiple(() =>
        {
            Assert.That(unkeyed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((report.Kind, report.State, report.Source, report.FactsSession), Is.EqualTo(("PRE_MARKET", "PENDING_APPROVAL", "TEMPLATE", (DateOnly?)new DateOnly(2025, 8, 27))));
            Assert.That(report.Text, Is.EqualTo("Pre-market report, facts of session 2025-08-27. No events of this session were stored."));
            Assert.That(approveUnkeyed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(pending, Is.EqualTo("PENDING_APPROVAL"), "nothing is distributed before approval");
            Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(bed.Smtp.Mails, Is.EqualTo(1));
            Assert.That(bed.Telegram.Bot.State.CallsOf("sendMessage"), Is.Empty);
            Assert.That(listed!.Select(r => (r.Id, r.State, r.DecidedBy)), Is.EqualTo(new[] { (report.Id, "DISTRIBUTED", (string?)"api") }));
        });
    }

    [Test]
    public async Task A_pre_market_report_states_the_previous_sessions_facts()
    {
        await using var provider = bed.Services(bed.Configuration(new Dictionary<string, string?> { ["Kapman:Notification:Commentary:Provider"] = "template" }));
        var facts = provider.GetRequiredService<CommentaryFactStore>();
        await facts.RecordAsync(FactKinds.Run, "2025-08-26", CommentaryFacts.Session, new RunFact(2, 3), DateTimeOffset.UnixEpoch, CancellationToken.None);

        var (report, _) = await provider.GetRequiredService<CommentaryWriter>().WriteAsync(ReportKinds.PreMarket, new DateOnly(2025, 8, 27), CancellationToken.None);

        Assert.That((report.FactsSession, report.Text), Is.EqualTo(((DateOnly?)CommentaryFacts.Session,
            "Pre-market report, facts of session 2025-08-26. Run: 2 issued, 3 no trade.")));
    }

    private static HttpRequestMessage Keyed(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(GatewayCredential.HeaderName, GatewayToken);
        return request;
    }
}
