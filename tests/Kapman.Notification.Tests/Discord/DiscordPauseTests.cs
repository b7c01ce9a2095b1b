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
/// routed to Discord schedules nothing, a route naming tiers posts to those only; while Discord is paused due posts wait and go out once each
/// on resume, keeping the tier cadence after the premium post (basic +60 s, free +5 min), not in a burst.
/// </summary>
[TestFixture]
public sealed class DiscordPauseTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset T0 = new(2025, 8, 26, 20, 15, 0, TimeSpan.Zero);
    private const string Premium = "1001";
    private const string Basic = "1002";
    private const string Free = "1003";

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
        discord.State.AddWebhook(Basic, "basic-token");
        discord.State.AddWebhook(Free, "free-token");
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
    public async Task Posts_held_by_a_pause_keep_their_tier_cadence_after_the_premium_post_on_resume()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());
        var controls = service.Services.GetRequiredService<ChannelControlStore>();
        await controls.SetAsync("discord", true, "quiet hours", CancellationToken.None);

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.SowReduce, 14));
        await WaitAsync(async () => await Scalar<long>("SELECT count(*) FROM discord_deliveries") == 3);
        var resumedAt = T0.AddMinutes(6);
        clock.Set(resumedAt);
        await Task.Delay(1500);
        var whilePaused = discord.State.Received.Count;

        await controls.SetAsync("discord", false, null, CancellationToken.None);
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Premium).Count == 1));
        await AssertQuietAsync(Basic, Free);
        clock.Set(resumedAt.AddSeconds(59));
        await AssertQuietAsync(Basic, Free);
        clock.Set(resumedAt.AddSeconds(60));
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Basic).Count == 1));
        clock.Set(resumedAt.AddSeconds(299));
        await AssertQuietAsync(Free);
        clock.Set(resumedAt.AddSeconds(300));
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Free).Count == 1));
        await Task.Delay(500);

        Assert.Multiple(() =>
        {
            Assert.That(whilePaused, Is.Zero, "every tier was due, none was posted");
            Assert.That(discord.State.Received, Has.Count.EqualTo(3), "one post per tier after the resume");
            Assert.That(discord.State.Posted(Premium).Single().ArrivedAt, Is.EqualTo(resumedAt).Within(TimeSpan.FromSeconds(2)), "premium at the resume");
            Assert.That(discord.State.Posted(Basic).Single().ArrivedAt, Is.EqualTo(resumedAt.AddSeconds(60)).Within(TimeSpan.FromSeconds(2)), "basic 60 s after premium");
            Assert.That(discord.State.Posted(Free).Single().ArrivedAt, Is.EqualTo(resumedAt.AddMinutes(5)).Within(TimeSpan.FromSeconds(2)), "free 5 min after premium");
            Assert.That(discord.State.Posted(Premium).Single().Body!.ToJsonString(), Does.Contain("REDUCE NVDA: Sign of Weakness"));
        });
    }

    [Test]
    public async Task A_pause_after_the_premium_post_keeps_the_later_tiers_on_the_premium_send_time()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());
        var controls = service.Services.GetRequiredService<ChannelControlStore>();

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.SowReduce, 14));
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Premium).Count == 1));
        await controls.SetAsync("discord", true, "quiet hours", CancellationToken.None);
        clock.Set(T0.AddSeconds(200));
        await Task.Delay(1000);
        await controls.SetAsync("discord", false, null, CancellationToken.None);
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Basic).Count == 1));
        clock.Set(T0.AddSeconds(299));
        await AssertQuietAsync(Free);
        clock.Set(T0.AddSeconds(300));
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Free).Count == 1));

        Assert.Multiple(() =>
        {
            Assert.That(discord.State.Posted(Basic).Single().ArrivedAt, Is.EqualTo(T0.AddSeconds(200)).Within(TimeSpan.FromSeconds(2)),
                "premium went at T0, so basic (due T0 + 60 s) goes at the resume");
            Assert.That(discord.State.Posted(Free).Single().ArrivedAt, Is.EqualTo(T0.AddMinutes(5)).Within(TimeSpan.FromSeconds(2)), "free stays at T0 + 5 min");
        });
    }

    [Test]
    public async Task A_route_naming_discord_tiers_posts_to_those_tiers_only_with_their_own_redaction()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks(),
            routes: new Dictionary<string, string?> { ["Kapman:Notification:Routes:SOW_REDUCE:Channels"] = "email,discord:premium,discord:free" });

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "AMD", WyckoffAlertKinds.SowReduce, 14));
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Premium).Count == 1));
        clock.Set(T0.AddMinutes(5));
        await WaitAsync(() => Task.FromResult(discord.State.Posted(Free).Count == 1));
        clock.Set(T0.AddMinutes(10));
        await Task.Delay(500);

        Assert.Multiple(async () =>
        {
            Assert.That(await Scalar<long>("SELECT count(*) FROM discord_deliveries WHERE tier = 'basic'"), Is.Zero, "basic is not routed");
            Assert.That(discord.State.Posted(Basic), Is.Empty);
            Assert.That(discord.State.Posted(Free).Single().ArrivedAt, Is.EqualTo(T0.AddMinutes(5)).Within(TimeSpan.FromSeconds(2)), "free keeps its delay");
            Assert.That(discord.State.Posted(Premium).Single().Body!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), Is.EqualTo("Kapman premium"));
            Assert.That(discord.State.Posted(Free).Single().Body!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), Is.EqualTo("Kapman free (delayed, summary only)"));
        });
    }

    /// <summary>Gives the worker a second of real time (20 polls) and checks no further request reached <paramref name="webhooks"/>.</summary>
    private async Task AssertQuietAsync(params string[] webhooks)
    {
        var before = discord.State.Received.Count(r => webhooks.Contains(r.WebhookId));
        await Task.Delay(1000);
        Assert.That(discord.State.Received.Count(r => webhooks.Contains(r.WebhookId)), Is.EqualTo(before), "nothing before it is due");
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
