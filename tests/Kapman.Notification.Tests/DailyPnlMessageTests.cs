using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Data;
using Kapman.Notification.IntegrationEvents.EventHandling;
using Kapman.Notification.Tests.Telegram;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests;

/// <summary>
/// Execution's daily P&amp;L summary (issue 20 item 3) consumed and routed: with DAILY_PNL on email and Telegram, one email (logged: no
/// SMTP server here) and one Telegram message per allowed chat, however often the event is delivered; on the Bot API stand-in.
/// </summary>
[TestFixture]
public sealed class DailyPnlMessageTests
{
    private TelegramTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await TelegramTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task The_daily_pnl_goes_once_to_each_routed_channel()
    {
        await using var provider = bed.Services(more: s =>
        {
            s.AddTestRouting(new Dictionary<string, string?> { ["Kapman:Notification:Routes:DAILY_PNL:Channels"] = "email,telegram" });
            s.AddSingleton<MessageStore>().AddSingleton<EmailDispatcher>().AddOptions<SmtpOptions>();
            s.AddSingleton<TelegramAlertRoute>().AddSingleton<MessageDistributor>();
        }, consumers: bus => bus.AddConsumer<DailyPnlReportedConsumer>());
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var session = new DateOnly(2025, 8, 26);
        var reported = new DailyPnlReported(Guid.Empty, session, "PAPER", 20m, 3.90m, 200m, 216.10m, null, null, 1, 0, session,
            [new DailyPnlLine("SPY", 50m, 2.60m, 200m, 247.40m, 1, 0), new DailyPnlLine("XYZ", -30m, 1.30m, 0m, -31.30m, 0, 0)],
            new DateTimeOffset(2025, 8, 26, 20, 15, 0, TimeSpan.Zero));

        await harness.Bus.Publish(reported);
        await harness.Bus.Publish(reported);
        await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 2);

        Assert.Multiple(async () =>
        {
            Assert.That(await Scalar<string>("SELECT subject FROM messages WHERE kind = 'DAILY_PNL' AND status = 'LOGGED'"),
                Is.EqualTo("Kapman 2025-08-26 daily P&L [PAPER]: +216.10 $ total, no day change"));
            Assert.That(await Scalar<long>("SELECT count(*) FROM messages"), Is.EqualTo(1));
            Assert.That(bed.Bot.State.Messages.Select(m => (m.ChatId, m.Text.Split('\n')[0])), Is.EquivalentTo(new[]
            {
                (1001L, "INFO · Kapman 2025-08-26 daily P&L [PAPER]: +216.10 $ total, no day change"),
                (1002L, "INFO · Kapman 2025-08-26 daily P&L [PAPER]: +216.10 $ total, no day change"),
            }), "the & of P&L went over the wire escaped and reads as written");
            Assert.That(bed.Bot.State.Messages[0].Text, Does.Contain("- XYZ: -31.30 $ (realised -30.00, commissions 1.30, unrealised 0.00; 0 open)"));
        });
    }

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = await bed.Database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
