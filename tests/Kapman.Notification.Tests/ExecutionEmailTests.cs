using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Data;
using Kapman.Notification.IntegrationEvents.EventHandling;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests;

/// <summary>
/// Execution's order changes and kill-switch changes become emails, on real PostgreSQL and the local SMTP sink (127.0.0.1:2525, the
/// server the integration suite uses): fills, partial fills and rejections are mailed once each, other states not at all, and a
/// redelivered event is not mailed again. The sink keeps no mailbox the test can read, so the message log (SENT, set only after the
/// server accepted the mail) is what is checked.
/// </summary>
[TestFixture]
public sealed class ExecutionEmailTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset At = new(2025, 8, 26, 14, 31, 2, TimeSpan.Zero);
    private ServiceTestDatabase database = null!;

    [SetUp]
    public async Task CreateDatabase() =>
        database = await ServiceTestDatabase.CreateAsync("notification", typeof(EmailDispatcher).Assembly);

    [TearDown]
    public async Task DropDatabase() => await database.DisposeAsync();

    [Test]
    public async Task Fills_and_rejections_are_mailed_once_and_other_states_not_at_all()
    {
        await using var provider = Services();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var order = Guid.NewGuid();
        var filledId = Guid.NewGuid();

        await harness.Bus.Publish(Change(order, "new", "working", 0, null, 0));
        await harness.Bus.Publish(Change(order, "working", "partially_filled", 1, 2.51m, 1), c => c.MessageId = Guid.NewGuid());
        await harness.Bus.Publish(Change(order, "partially_filled", "filled", 1, 2.52m, 2), c => c.MessageId = filledId);
        await harness.Bus.Publish(Change(order, "partially_filled", "filled", 1, 2.52m, 2), c => c.MessageId = filledId);
        await harness.Bus.Publish(Change(Guid.NewGuid(), "new", "rejected", 0, null, 0, "paper: limit 0.00 is not positive"));
        await harness.Bus.Publish(Change(Guid.NewGuid(), "working", "cancelled", 0, null, 0, "walk timed out"));
        var handled = await WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 5);
        var mails = await Rows();

        Assert.Multiple(() =>
        {
            Assert.That(handled, Is.EqualTo(5), "six publishes, one a redelivery of the same message");
            Assert.That(mails, Is.EquivalentTo(new[]
            {
                ("ORDER_UPDATE", "SENT", "Execution [PAPER, simulated] SPY: partially filled 1/2 at 2.51"),
                ("ORDER_UPDATE", "SENT", "Execution [PAPER, simulated] SPY: filled 2/2 at 2.52"),
                ("ORDER_UPDATE", "SENT", "Execution [PAPER, simulated] SPY: order rejected"),
            }));
        });
    }

    [Test]
    public async Task A_kill_switch_change_is_mailed_once()
    {
        await using var provider = Services();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var change = new KillSwitchChanged(Guid.Empty, Session, "hard_stop", "operator: broker outage", "safe_mode", "OperatorHardStop", "operator", At);
        var messageId = Guid.NewGuid();

        await harness.Bus.Publish(change, c => c.MessageId = messageId);
        await harness.Bus.Publish(change, c => c.MessageId = messageId);
        await harness.Bus.Publish(change);
        await WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 2);
        var mails = await Rows();
        var body = await Scalar<string>("SELECT body FROM messages");

        Assert.Multiple(() =>
        {
            Assert.That(mails, Is.EqualTo(new[] { ("KILL_SWITCH", "SENT", "Execution kill switch: safe_mode -> hard_stop") }),
                "a new message id for the same change has the same dedup key");
            Assert.That(body, Does.Contain("Hard stop: every working order is cancelled and every position flattened."));
        });
    }

    private static OrderStateChanged Change(Guid order, string from, string to, int fill, decimal? price, int filled, string? reason = null) =>
        new(Guid.Empty, Session, order, null, "SPY", "BUY 2 SPY250919C00650000 @ 2.52 DEBIT", [new OrderStateLeg("SPY250919C00650000", "BUY", 2, "OPEN")],
            from, to, fill, price, filled, 2, "PAPER", true, reason, At);

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

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kapman:Smtp:Host"] = "127.0.0.1",
            ["Kapman:Smtp:Port"] = "2525",
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
        services.AddTestRouting();
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<OrderStateChangedConsumer>();
            bus.AddConsumer<KillSwitchChangedConsumer>();
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

        await Task.Delay(300);
        return await read();
    }
}
