using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Data;
using Kapman.Notification.IntegrationEvents.EventHandling;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>
/// Telegram as a plain alert channel (issue 20 item 1) against the Bot API stand-in on real PostgreSQL: any kind routed to Telegram goes to
/// each allowed chat as <c>sendMessage</c> with <c>parse_mode</c> HTML and no buttons, escaped so the stand-in (which parses HTML as the Bot
/// API documents) shows the text as written; once per subject and session however often the event arrives; a 429 is waited out by its
/// <c>retry_after</c>; a paused Telegram holds the alert and sends it once on resume. Expected texts are written out by hand.
/// </summary>
[TestFixture]
public sealed class TelegramAlertTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset At = new(2025, 8, 26, 14, 31, 2, TimeSpan.Zero);
    private static readonly Guid Run = Guid.Parse("0f0e0d0c-0b0a-0908-0706-050403020100");

    private TelegramTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await TelegramTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task A_routed_alert_goes_to_each_chat_once_as_escaped_html_without_buttons()
    {
        await using var provider = Services(new Dictionary<string, string?>
        {
            ["Kapman:Notification:Routes:PIPELINE_STAGE_FAILED:Channels"] = "email,telegram",
            ["Kapman:Notification:Routes:SOW_REDUCE:Channels"] = "telegram",
        });
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var failed = new PipelineStageChanged(Run, Session, "metrics", StageStatuses.Failed, null, "bid < ask & spread > 0.05", At, At.AddMinutes(1));

        await harness.Bus.Publish(failed);
        await harness.Bus.Publish(failed);
        await harness.Bus.Publish(new WyckoffAlertRaised(Guid.NewGuid(), Session, "AMD", WyckoffAlertKinds.SowReduce, 14));
        await harness.Bus.Publish(new WyckoffAlertRaised(Guid.NewGuid(), Session, "NVDA", WyckoffAlertKinds.BcExit, 25));
        await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 4);

        var sends = bed.Bot.State.CallsOf("sendMessage");
        var stage = bed.Bot.State.Messages.Where(m => m.Text.StartsWith("CRITICAL", StringComparison.Ordinal)).ToList();
        const string stageText =
            "CRITICAL · Kapman 2025-08-26: the metrics stage failed\n\n" +
            "The metrics stage of run 0f0e0d0c-0b0a-0908-0706-050403020100 for the 2025-08-26 session failed at 2025-08-26 14:32:02 UTC.\n" +
            "Reason: bid < ask & spread > 0.05\n" +
            "The run record (Ops page, GET /api/ingestion/runs) has every stage. Further failures of this stage on this session are not mailed again.";
        Assert.Multiple(async () =>
        {
            Assert.That(sends, Has.Count.EqualTo(4), "two alerts routed to Telegram, two chats each; BC_EXIT is not routed there");
            Assert.That(sends.Select(s => (string?)s.Parameters["parse_mode"]), Is.All.EqualTo("HTML"));
            Assert.That(sends.Select(s => s.Parameters["reply_markup"]), Is.All.Null, "a plain message has no buttons");
            Assert.That(stage.Select(m => m.ChatId), Is.EquivalentTo(TelegramTestBed.AllowedChats), "the stage failure once per chat, though it arrived twice");
            Assert.That(stage.Select(m => m.Text), Is.All.EqualTo(stageText), "the visible text is the email's, escaped and parsed back");
            Assert.That(sends.Count(s => ((string)s.Parameters["text"]!).Contains("Reason: bid &lt; ask &amp; spread &gt; 0.05", StringComparison.Ordinal)),
                Is.EqualTo(2), "what went over the wire is escaped");
            Assert.That(bed.Bot.State.Messages.Where(m => m.Text.StartsWith("WARNING · REDUCE AMD", StringComparison.Ordinal)).Select(m => m.ChatId),
                Is.EquivalentTo(TelegramTestBed.AllowedChats));
            Assert.That(await Scalar<long>("SELECT count(*) FROM telegram_alerts WHERE status = 'SENT' AND message_id IS NOT NULL"), Is.EqualTo(4));
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages WHERE kind = 'PIPELINE_STAGE_FAILED'"), Is.EqualTo(1), "email still gets it once");
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages WHERE kind = 'SOW_REDUCE'"), Is.Zero, "SOW_REDUCE goes to Telegram only here");
        });
    }

    [Test]
    public async Task A_429_is_waited_out_by_its_retry_after_and_each_chat_gets_the_alert_once()
    {
        await using var provider = Services(new Dictionary<string, string?> { ["Kapman:Notification:Routes:KILL_SWITCH:Channels"] = "telegram" });
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        bed.Bot.State.RateLimitNext("sendMessage", 1);
        var started = DateTime.UtcNow;

        await harness.Bus.Publish(new KillSwitchChanged(Guid.Empty, Session, "hard_stop", "operator", "normal", "OperatorHardStop", "operator", At));
        await TelegramTestBed.WaitAsync(() => Task.FromResult(bed.Bot.State.CallsOf("sendMessage").Count), n => n >= 2);

        var limited = bed.Bot.State.CallsOf("sendMessage", 429);
        var sent = bed.Bot.State.CallsOf("sendMessage");
        Assert.Multiple(() =>
        {
            Assert.That(limited, Has.Count.EqualTo(1));
            Assert.That(sent.Select(s => (long)s.Parameters["chat_id"]!), Is.EquivalentTo(TelegramTestBed.AllowedChats), "each chat once: the 429 sent nothing");
            Assert.That(sent.Min(s => s.At) - limited[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.95)), "the repeat waited retry_after = 1 s (less a timer tick)");
            Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(15)));
            Assert.That(bed.Bot.State.Messages.Select(m => m.Text.Split('\n')[0]), Is.All.EqualTo("CRITICAL · Execution kill switch: normal -> hard_stop"));
        });
    }

    [Test]
    public async Task An_alert_held_while_telegram_is_paused_goes_to_each_chat_once_on_resume()
    {
        await using var provider = Services(new Dictionary<string, string?> { ["Kapman:Notification:Routes:FILL:Channels"] = "telegram" },
            s => s.AddSingleton<HeldMessageReleaser>());
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var controls = provider.GetRequiredService<ChannelControlStore>();
        var releaser = provider.GetRequiredService<HeldMessageReleaser>();
        var fill = new OrderStateChanged(Guid.Empty, Session, Guid.Parse("3c3c3c3c-1111-2222-3333-444455556666"), null, "SPY",
            "BUY 2 SPY250919C00650000 @ 2.52 DEBIT", [new OrderStateLeg("SPY250919C00650000", "BUY", 2, "OPEN")], "working", "filled", 2, 2.52m, 2, 2,
            "PAPER", true, null, At);

        await controls.SetAsync("telegram", true, "bot maintenance", CancellationToken.None);
        await harness.Bus.Publish(fill);
        await harness.Bus.Publish(fill, c => c.MessageId = Guid.NewGuid());
        await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 2);
        var sentWhilePaused = bed.Bot.State.CallsOf("sendMessage").Count;
        var held = await Scalar<long>("SELECT count(*) FROM held_messages WHERE channel = 'telegram' AND route = 'FILL' AND released_at IS NULL");

        await controls.SetAsync("telegram", false, null, CancellationToken.None);
        var released = await releaser.ReleaseAsync("telegram", CancellationToken.None);
        var again = await releaser.ReleaseAsync("telegram", CancellationToken.None);
        await harness.Bus.Publish(fill, c => c.MessageId = Guid.NewGuid());
        await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 3);

        Assert.Multiple(() =>
        {
            Assert.That(sentWhilePaused, Is.Zero);
            Assert.That(held, Is.EqualTo(1), "two deliveries, one fill");
            Assert.That((released, again), Is.EqualTo((1, 0)));
            Assert.That(bed.Bot.State.Messages.Select(m => (m.ChatId, m.Text.Split('\n')[0])), Is.EquivalentTo(new[]
            {
                (1001L, "INFO · Execution [PAPER, simulated] SPY: filled 2/2 at 2.52"),
                (1002L, "INFO · Execution [PAPER, simulated] SPY: filled 2/2 at 2.52"),
            }), "once per chat, and not again for the delivery after the resume");
        });
    }

    private ServiceProvider Services(IReadOnlyDictionary<string, string?> routes, Action<IServiceCollection>? more = null) =>
        bed.Services(more: s =>
        {
            s.AddTestRouting(routes);
            s.AddSingleton<MessageStore>().AddSingleton<EmailDispatcher>().AddOptions<SmtpOptions>();
            s.AddSingleton<TelegramAlertRoute>().AddSingleton<MessageDistributor>();
            more?.Invoke(s);
        }, consumers: bus =>
        {
            bus.AddConsumer<PipelineStageChangedConsumer>();
            bus.AddConsumer<WyckoffAlertRaisedConsumer>();
            bus.AddConsumer<KillSwitchChangedConsumer>();
            bus.AddConsumer<OrderStateChangedConsumer>();
        });

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = await bed.Database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
