extern alias discordstandin;

using Dapper;
using Kapman.Contracts;
using discordstandin::Kapman.DiscordStandIn;
using Kapman.Notification.Data;
using Kapman.Notification.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests.Discord;

/// <summary>
/// Discord under the routing table and the channel controls (issue 20 items 1 and 7), on real PostgreSQL and the Discord stand-in: a kind not
/// routed to Discord schedules nothing; while Discord is paused due posts wait and go out once each on resume.
/// </summary>
[TestFixture]
public sealed class DiscordPauseTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset T0 = new(2025, 8, 26, 20, 15, 0, TimeSpan.Zero);
    private const string Premium = "1001";

    private ServiceTestDatabase database = null!;
    private StandInHost discord = null!;
    private SettableClock clock = null!;

    [SetUp]
    public async Task Start()
    {
        database = await ServiceTestDatabase.CreateAsync("notification", typeof(DiscordScheduler).Assembly);
        clock = new SettableClock(T0);
        discord = await StandInHost.StartAsync(clock);
        discord.State.AddWebhook(Premium, "premium-token");
        discord.State.AddWebhook("1002", "basic-token");
        discord.State.AddWebhook("1003", "free-token");
    }

    [TearDown]
    public async Task Stop()
    {
        await discord.DisposeAsync();
        await database.DisposeAsync();
    }

    [Test]
    public async Task A_kind_not_routed_to_discord_schedules_nothing()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks(),
            routes: new Dictionary<string, string?> { ["Kapman:Notification:Routes:BC_EXIT:Channels"] = "email" });

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.BcExit, 25));
        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "AMD", WyckoffAlertKinds.SowReduce, 14));
        await WaitAsync(async () => await Scalar<long>("SELECT count(*) FROM inbox") >= 2);
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Premium).Count == 1));
        await Task.Delay(500);

        Assert.Multiple(async () =>
        {
            Assert.That(await Scalar<long>("SELECT count(*) FROM discord_deliveries WHERE ticker = 'NVDA'"), Is.Zero);
            Assert.That(await Scalar<long>("SELECT count(*) FROM discord_deliveries WHERE ticker = 'AMD'"), Is.EqualTo(3), "SOW_REDUCE keeps its Discord route");
            Assert.That(discord.State.Posted(Premium), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Due_posts_wait_while_discord_is_paused_and_go_out_once_on_resume()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());
        var controls = service.Services.GetRequiredService<ChannelControlStore>();
        await controls.SetAsync("discord", true, "quiet hours", CancellationToken.None);

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.SowReduce, 14));
        await WaitAsync(async () => await Scalar<long>("SELECT count(*) FROM discord_deliveries") == 3);
        clock.Set(T0.AddMinutes(6));
        await Task.Delay(1500);
        var whilePaused = discord.State.Received.Count;

        await controls.SetAsync("discord", false, null, CancellationToken.None);
        await WaitAsync(async () => await Scalar<long>("SELECT count(*) FROM discord_deliveries WHERE state = 'SENT'") == 3);
        await Task.Delay(1000);

        Assert.Multiple(() =>
        {
            Assert.That(whilePaused, Is.Zero, "every tier was due, none was posted");
            Assert.That(discord.State.Received, Has.Count.EqualTo(3), "one post per tier after the resume");
            Assert.That(discord.State.Posted(Premium).Single().Body!.ToJsonString(), Does.Contain("REDUCE NVDA: Sign of Weakness"));
        });
    }

    private static Dictionary<string, string> Webhooks() => new()
    {
        ["DISCORD_WEBHOOK_PREMIUM"] = "https://discord.com/api/webhooks/1001/premium-token",
        ["DISCORD_WEBHOOK_BASIC"] = "https://discord.com/api/webhooks/1002/basic-token",
        ["DISCORD_WEBHOOK_FREE"] = "https://discord.com/api/webhooks/1003/free-token",
    };

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("timed out waiting");
            }

            await Task.Delay(50);
        }
    }
}
