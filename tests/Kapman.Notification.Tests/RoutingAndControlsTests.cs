using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Apis;
using Kapman.Notification.Application;
using Kapman.Notification.Data;
using Kapman.Notification.IntegrationEvents.EventHandling;
using Kapman.Notification.Routing;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests;

/// <summary>
/// Issue 20 items 1, 6 and 7 on real PostgreSQL and a counting SMTP stand-in (<see cref="SmtpStandIn"/>): the routing table decides whether a
/// message is mailed; a paused channel holds its messages and sends each once on resume; an alert goes out once per subject and session
/// however often its event is redelivered or raised again; acknowledge and resend; <c>GET /routes</c> shows the last message per route.
/// </summary>
[TestFixture]
public sealed class RoutingAndControlsTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset At = new(2025, 8, 26, 14, 31, 2, TimeSpan.Zero);
    private ServiceTestDatabase database = null!;
    private SmtpStandIn smtp = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        database = await ServiceTestDatabase.CreateAsync("notification", typeof(EmailDispatcher).Assembly);
        smtp = new SmtpStandIn(silentAfterData: false);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await smtp.DisposeAsync();
        await database.DisposeAsync();
    }

    [Test]
    public async Task The_routing_table_decides_which_alerts_are_mailed()
    {
        await using var provider = Services(new Dictionary<string, string?>
        {
            ["Kapman:Notification:Routes:BC_EXIT:Channels"] = "discord",
            ["Kapman:Notification:Routes:KILL_SWITCH:Channels"] = "",
        });
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new WyckoffAlertRaised(Guid.NewGuid(), Session, "NVDA", WyckoffAlertKinds.BcExit, 25));
        await harness.Bus.Publish(new WyckoffAlertRaised(Guid.NewGuid(), Session, "AMD", WyckoffAlertKinds.SowReduce, 14));
        await harness.Bus.Publish(new KillSwitchChanged(Guid.Empty, Session, "hard_stop", "operator", "normal", "OperatorHardStop", "operator", At));
        await harness.Bus.Publish(Stage("metrics", StageStatuses.Failed, Guid.NewGuid()));
        await WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 4);

        Assert.Multiple(async () =>
        {
            Assert.That(await Rows(), Is.EquivalentTo(new[]
            {
                ("SOW_REDUCE", "SENT", "REDUCE AMD: Sign of Weakness"),
                ("PIPELINE_STAGE_FAILED", "SENT", "Kapman 2025-08-26: the metrics stage failed"),
            }), "BC_EXIT goes to Discord only and KILL_SWITCH is muted in this table");
            Assert.That(smtp.Mails, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_paused_channel_holds_its_messages_and_sends_each_once_on_resume()
    {
        await using var provider = Services();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var controls = provider.GetRequiredService<ChannelControlStore>();
        var releaser = provider.GetRequiredService<HeldMessageReleaser>();
        var change = new KillSwitchChanged(Guid.Empty, Session, "safe_mode", "reconciliation", "normal", "ReconciliationMismatch", "reconciliation", At);
        var messageId = Guid.NewGuid();

        await ControlsApi.Pause("EMAIL", new ChannelRequest("SMTP maintenance"), controls, CancellationToken.None);
        await harness.Bus.Publish(change, c => c.MessageId = messageId);
        await harness.Bus.Publish(change, c => c.MessageId = messageId);
        await harness.Bus.Publish(change);
        await harness.Bus.Publish(Stage("options", StageStatuses.Failed, Guid.NewGuid()));
        await WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 3);
        var heldWhilePaused = await Scalar<long>("SELECT count(*) FROM held_messages WHERE released_at IS NULL");
        var mailedWhilePaused = smtp.Mails;
        var releasedWhilePaused = await releaser.ReleaseAsync("email", CancellationToken.None);

        var resumed = await ControlsApi.Resume("email", null, controls, releaser, CancellationToken.None);
        var again = await releaser.ReleaseAsync("email", CancellationToken.None);
        await harness.Bus.Publish(change);
        await WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 4);

        Assert.Multiple(async () =>
        {
            Assert.That(heldWhilePaused, Is.EqualTo(2), "the kill switch change (three deliveries, one key) and the stage failure");
            Assert.That(mailedWhilePaused, Is.Zero);
            Assert.That(releasedWhilePaused, Is.Zero, "nothing leaves while paused");
            Assert.That(resumed.Result, Is.InstanceOf<Microsoft.AspNetCore.Http.HttpResults.Ok<ChannelChangeDto>>());
            Assert.That(((Microsoft.AspNetCore.Http.HttpResults.Ok<ChannelChangeDto>)resumed.Result).Value!.Released, Is.EqualTo(2));
            Assert.That(again, Is.Zero);
            Assert.That(smtp.Mails, Is.EqualTo(2), "each held message once, and the change published after the resume is not mailed again");
            Assert.That(await Rows(), Is.EquivalentTo(new[]
            {
                ("KILL_SWITCH", "SENT", "Execution kill switch: normal -> safe_mode"),
                ("PIPELINE_STAGE_FAILED", "SENT", "Kapman 2025-08-26: the options stage failed"),
            }));
            Assert.That(await Scalar<long>("SELECT count(*) FROM held_messages WHERE released_at IS NULL"), Is.Zero);
        });
    }

    [Test]
    public async Task An_alert_goes_out_once_per_subject_and_session()
    {
        await using var provider = Services();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        string[] differences = ["PositionMismatch SPY250919C00650000: local 3, broker 0"];

        // The same stage failing in two runs of one session, then on the next session.
        await harness.Bus.Publish(Stage("wyckoff", StageStatuses.Failed, Guid.NewGuid()));
        await harness.Bus.Publish(Stage("wyckoff", StageStatuses.Failed, Guid.NewGuid()));
        await harness.Bus.Publish(Stage("wyckoff", StageStatuses.Failed, Guid.NewGuid()) with { SessionDate = Session.AddDays(1) });
        await harness.Bus.Publish(Stage("wyckoff", StageStatuses.Succeeded, Guid.NewGuid()));
        // Reconciliation finding the same difference on two passes five minutes apart.
        await harness.Bus.Publish(new ExecutionAlertRaised(Guid.Empty, Session, "RECONCILIATION_MISMATCH", "1 unexplained difference", differences, At));
        await harness.Bus.Publish(new ExecutionAlertRaised(Guid.Empty, Session, "RECONCILIATION_MISMATCH", "1 unexplained difference", differences, At.AddMinutes(5)));
        // A Wyckoff alert raised by two runs of the session.
        await harness.Bus.Publish(new WyckoffAlertRaised(Guid.NewGuid(), Session, "NVDA", WyckoffAlertKinds.SpringSosEntry, 9));
        await harness.Bus.Publish(new WyckoffAlertRaised(Guid.NewGuid(), Session, "NVDA", WyckoffAlertKinds.SpringSosEntry, 10));
        // A fill redelivered, and a rejection.
        var fill = Order(Guid.NewGuid(), "working", "filled", 2, 2.52m, 2);
        var fillId = Guid.NewGuid();
        await harness.Bus.Publish(fill, c => c.MessageId = fillId);
        await harness.Bus.Publish(fill, c => c.MessageId = fillId);
        await harness.Bus.Publish(fill);
        await harness.Bus.Publish(Order(Guid.NewGuid(), "new", "rejected", 0, null, 0));
        await WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 11);

        Assert.Multiple(async () =>
        {
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages WHERE kind = 'PIPELINE_STAGE_FAILED'"), Is.EqualTo(2), "one per session");
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages WHERE kind = 'RECONCILIATION_MISMATCH'"), Is.EqualTo(1));
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages WHERE kind = 'SPRING_SOS_ENTRY'"), Is.EqualTo(1));
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages WHERE route = 'FILL'"), Is.EqualTo(1));
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages WHERE route = 'ORDER_STATE'"), Is.EqualTo(1));
            Assert.That(smtp.Mails, Is.EqualTo(6));
        });
    }

    [Test]
    public async Task Acknowledge_and_resend_work_on_a_logged_message_and_routes_show_the_latest_per_route()
    {
        await using var provider = Services();
        var email = provider.GetRequiredService<EmailDispatcher>();
        var store = provider.GetRequiredService<MessageStore>();
        await email.DispatchAsync(Core.MessageComposer.Alert(WyckoffAlertKinds.BcExit, "NVDA", 25, Session), CancellationToken.None);
        var id = await Scalar<Guid>("SELECT id FROM messages");

        var acknowledged = await ControlsApi.Acknowledge(id, store, CancellationToken.None);
        var resent = await ControlsApi.Resend(id, email, CancellationToken.None);
        var missing = await ControlsApi.Resend(Guid.NewGuid(), email, CancellationToken.None);
        var routes = (await RoutesApi.GetRoutes(provider.GetRequiredService<NotificationRouter>(), provider.GetRequiredService<RouteStore>(),
            provider.GetRequiredService<ChannelControlStore>(), CancellationToken.None)).Value!;
        var bcExit = routes.Single(r => r.Kind == "BC_EXIT");
        var copy = await Scalar<Guid>("SELECT id FROM messages WHERE resent_from IS NOT NULL");

        Assert.Multiple(() =>
        {
            Assert.That(((Microsoft.AspNetCore.Http.HttpResults.Ok<MessageDto>)acknowledged.Result).Value!.AcknowledgedAt, Is.Not.Null);
            Assert.That(((Microsoft.AspNetCore.Http.HttpResults.Ok<ResendDto>)resent.Result).Value!.Outcome, Is.EqualTo("Sent"));
            Assert.That(missing.Result, Is.InstanceOf<Microsoft.AspNetCore.Http.HttpResults.NotFound>());
            Assert.That(smtp.Mails, Is.EqualTo(2), "the alert and its resend");
            Assert.That(routes.Select(r => r.Kind), Is.EqualTo(Core.Routing.RouteKinds.All));
            Assert.That((bcExit.Severity, bcExit.Channels), Is.EqualTo(("critical", (IReadOnlyList<string>)["email", "discord"])));
            Assert.That(bcExit.PerChannel.Select(c => (c.Channel, c.Routed)), Is.EqualTo(new[] { ("email", true), ("telegram", false), ("discord", true) }));
            Assert.That(bcExit.PerChannel[0].Last!.MessageId, Is.EqualTo(copy), "the resend is the latest BC_EXIT email");
            Assert.That(bcExit.PerChannel[0].Last!.Subject, Is.EqualTo("EXIT NVDA: Buying Climax score 25/28"));
            Assert.That(bcExit.PerChannel[2].Last, Is.Null, "nothing posted to Discord");
            Assert.That(routes.Single(r => r.Kind == "FILL").PerChannel.All(c => c.Last is null), Is.True);
        });
    }

    [TestCase("Kapman:Notification:Routes:FILL:Channels", "email,pager", "Kapman:Notification:Routes:FILL:Channels: unknown channel 'pager'")]
    [TestCase("Kapman:Notification:Routes:STOP_MOVED:Channels", "email", "Kapman:Notification:Routes:STOP_MOVED: unknown event kind")]
    [TestCase("Kapman:Notification:Routes:FILL:Severity", "loud", "Kapman:Notification:Routes:FILL:Severity")]
    public void A_wrong_routing_table_stops_the_host_at_start(string key, string value, string expected)
    {
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Never reached: validation runs before any hosted service connects.
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=unused");
            builder.UseSetting("ConnectionStrings:RabbitMQ", "amqp://unused:unused@127.0.0.1:1/");
            builder.UseSetting(key, value);
        });

        var failure = Assert.Catch(() => host.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain(expected));
    }

    private static PipelineStageChanged Stage(string stage, string status, Guid run) =>
        new(run, Session, stage, status, null, status == StageStatuses.Failed ? "chain reader timed out" : null, At, At.AddMinutes(1));

    private static OrderStateChanged Order(Guid order, string from, string to, int fill, decimal? price, int filled) =>
        new(Guid.Empty, Session, order, null, "SPY", "BUY 2 SPY250919C00650000 @ 2.52 DEBIT", [new OrderStateLeg("SPY250919C00650000", "BUY", 2, "OPEN")],
            from, to, fill, price, filled, 2, "PAPER", true, to == "rejected" ? "paper: limit 0.00 is not positive" : null, At);

    private async Task<List<(string Kind, string Status, string Subject)>> Rows()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, string, string)>("SELECT kind, status, subject FROM messages ORDER BY created_at")).ToList();
    }

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    private ServiceProvider Services(IReadOnlyDictionary<string, string?>? routes = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kapman:Smtp:Host"] = "127.0.0.1",
            ["Kapman:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kapman:Smtp:TimeoutSeconds"] = "10",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database.DataSource);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ServiceDatabase>();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<MessageStore>();
        services.AddSingleton<EmailDispatcher>();
        services.AddSingleton<MessageDistributor>();
        services.AddTestRouting(routes);
        services.AddSingleton<HeldMessageReleaser>();
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<WyckoffAlertRaisedConsumer>();
            bus.AddConsumer<KillSwitchChangedConsumer>();
            bus.AddConsumer<ExecutionAlertRaisedConsumer>();
            bus.AddConsumer<OrderStateChangedConsumer>();
            bus.AddConsumer<PipelineStageChangedConsumer>();
        });
        return services.BuildServiceProvider(true);
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        await Task.Delay(500);
        return await read();
    }
}
