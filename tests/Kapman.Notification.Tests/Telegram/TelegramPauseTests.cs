using Dapper;
using Kapman.Contracts;
using Kapman.Notification.Application;
using Kapman.Notification.Data;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>
/// Pausing Telegram (issue 20 item 7) against the Bot API stand-in on real PostgreSQL: a recommendation that arrives while it is paused is held
/// (once, however often it is delivered) and goes to each allowed chat once on resume; with RECOMMENDATION not routed to Telegram nothing is sent.
/// </summary>
[TestFixture]
public sealed class TelegramPauseTests
{
    private TelegramTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await TelegramTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task A_recommendation_held_while_paused_goes_out_once_per_chat_on_resume()
    {
        await using var provider = bed.Services(more: s => s.AddSingleton<HeldMessageReleaser>().AddSingleton<EmailDispatcher>()
            .AddSingleton<MessageStore>().AddOptions<SmtpOptions>());
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var controls = provider.GetRequiredService<ChannelControlStore>();
        var releaser = provider.GetRequiredService<HeldMessageReleaser>();

        await controls.SetAsync("telegram", true, "bot maintenance", CancellationToken.None);
        await harness.Bus.Publish(Issued());
        await harness.Bus.Publish(Issued(), c => c.MessageId = Guid.NewGuid());
        await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 2);
        var sentWhilePaused = bed.Bot.State.CallsOf("sendMessage").Count;
        var held = await Scalar<long>("SELECT count(*) FROM held_messages WHERE channel = 'telegram' AND released_at IS NULL");

        await controls.SetAsync("telegram", false, null, CancellationToken.None);
        var released = await releaser.ReleaseAsync("telegram", CancellationToken.None);
        var again = await releaser.ReleaseAsync("telegram", CancellationToken.None);
        await harness.Bus.Publish(Issued(), c => c.MessageId = Guid.NewGuid());
        await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 3);

        Assert.Multiple(() =>
        {
            Assert.That(sentWhilePaused, Is.Zero);
            Assert.That(held, Is.EqualTo(1), "two deliveries, one recommendation");
            Assert.That(released, Is.EqualTo(1));
            Assert.That(again, Is.Zero);
            Assert.That(bed.Bot.State.CallsOf("sendMessage").Select(s => (long)s.Parameters["chat_id"]!), Is.EquivalentTo(TelegramTestBed.AllowedChats),
                "one message per allowed chat, and none for the delivery after the resume");
        });
    }

    [Test]
    public async Task Nothing_is_sent_when_recommendations_are_not_routed_to_telegram()
    {
        await using var provider = bed.Services(more: s =>
        {
            // Replaces the shipped table registered by the test bed: the last registration of the options wins.
            s.AddTestRouting(new Dictionary<string, string?> { ["Kapman:Notification:Routes:RECOMMENDATION:Channels"] = "discord" });
        });
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(Issued());
        await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT count(*) FROM inbox"), n => n >= 1);

        Assert.Multiple(async () =>
        {
            Assert.That(bed.Bot.State.CallsOf("sendMessage"), Is.Empty);
            Assert.That(await Scalar<long>("SELECT count(*) FROM telegram_messages"), Is.Zero);
        });
    }

    private static RecommendationIssued Issued() =>
        new(Guid.Empty, new DateOnly(2025, 8, 26), Guid.Parse("5b1f4e0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b"), "SPY", "BULL_CALL_DEBIT",
            [
                new RecommendedLeg("SPY251024C00650000", "BUY", 1, 2.52, new DateOnly(2025, 10, 24), 650, "call"),
                new RecommendedLeg("SPY251024C00660000", "SELL", 1, 1.10, new DateOnly(2025, 10, 24), 660, "call"),
            ],
            1.42, 2, new DateOnly(2025, 10, 24), 59);

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = await bed.Database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
