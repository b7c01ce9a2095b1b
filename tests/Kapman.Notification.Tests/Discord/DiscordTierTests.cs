extern alias discordstandin;

using System.Text.Json.Nodes;
using Dapper;
using Kapman.Contracts;
using discordstandin::Kapman.DiscordStandIn;
using Kapman.Notification.Discord;
using Kapman.Notification.Discord.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests.Discord;

/// <summary>
/// Discord tiers end to end on real PostgreSQL and a local stand-in of Discord's Execute Webhook, with a settable clock: premium at
/// once, basic at +60 s and free at +5 min (seed 004 §8), each once, with the right redaction; a 429 waited out by its retry_after; a
/// restart between tiers; a wrong webhook parked with its reason. Expected bodies are written out by hand in Discord's documented
/// format (an <c>embeds</c> array of title, description, color, timestamp, footer and fields; mentions disabled).
/// </summary>
[TestFixture]
public sealed partial class DiscordTierTests
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
    public async Task An_alert_goes_to_premium_at_once_basic_at_60_s_and_free_at_5_min_each_once_and_redacted_per_tier()
    {
        var logs = DiscordTestHost.Logs;
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.BcExit, 25));
        await WaitAsync(() => discord.State.Posted(Premium).Count == 1);
        await AssertQuietAsync(Basic, Free);
        clock.Set(T0.AddSeconds(59));
        await AssertQuietAsync(Basic, Free);
        clock.Set(T0.AddSeconds(60));
        await WaitAsync(() => discord.State.Posted(Basic).Count == 1);
        clock.Set(T0.AddSeconds(299));
        await AssertQuietAsync(Free);
        clock.Set(T0.AddSeconds(300));
        await WaitAsync(() => discord.State.Posted(Free).Count == 1);
        clock.Set(T0.AddMinutes(20));
        await Task.Delay(500);

        const string premium = """
            {"embeds":[{"title":"EXIT NVDA: Buying Climax 25/28",
              "description":"NVDA scored 25/28 on the Buying Climax scale for the 2025-08-26 session. Rule (seed 000 §11.4): BC ≥ 24 means exit immediately.",
              "color":15158332,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman premium"},
              "fields":[{"name":"Ticker","value":"NVDA","inline":true},{"name":"Score","value":"25/28","inline":true},{"name":"Session","value":"2025-08-26","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        const string basic = """
            {"embeds":[{"title":"EXIT NVDA: Buying Climax 25/28",
              "description":"NVDA scored 25/28 on the Buying Climax scale for the 2025-08-26 session. Rule (seed 000 §11.4): BC ≥ 24 means exit immediately.",
              "color":15158332,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman basic (delayed, no strikes, prices or sizes)"},
              "fields":[{"name":"Ticker","value":"NVDA","inline":true},{"name":"Score","value":"25/28","inline":true},{"name":"Session","value":"2025-08-26","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        const string free = """
            {"embeds":[{"title":"EXIT NVDA","description":"A Buying Climax exit signal fired for NVDA in the 2025-08-26 session.",
              "color":15158332,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman free (delayed, summary only)"},
              "fields":[{"name":"Ticker","value":"NVDA","inline":true},{"name":"Session","value":"2025-08-26","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        Assert.Multiple(() =>
        {
            AssertDelivered(Premium, T0, premium);
            AssertDelivered(Basic, T0.AddSeconds(60), basic);
            AssertDelivered(Free, T0.AddMinutes(5), free);
            Assert.That(discord.State.Received, Has.Count.EqualTo(3), "one request per tier, no retries");
            Assert.That(logs.Lines, Has.None.Contains("premium-token").And.None.Contains("basic-token").And.None.Contains("free-token"), "no token in any log line");
            Assert.That(logs.Lines, Has.Some.Contains("api/webhooks/1001/***"), "the sends are logged with the token redacted");
        });
    }

    [Test]
    public async Task A_429_is_waited_out_by_its_retry_after_and_the_recommendation_goes_out_once()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());
        discord.State.RateLimitNext(Premium, 3.5);

        await service.Harness.Bus.Publish(Spread());
        // The worker reads the clock once Discord has answered, so the clock moves only after the 429 is recorded.
        await WaitSettledAsync("premium", 1);
        clock.Set(T0.AddSeconds(3));
        await AssertQuietAsync(Premium);
        clock.Set(T0.AddSeconds(3.5));
        await WaitAsync(() => discord.State.Posted(Premium).Count == 1);
        clock.Set(T0.AddSeconds(60));
        await WaitAsync(() => discord.State.Posted(Basic).Count == 1);
        clock.Set(T0.AddMinutes(5));
        await WaitAsync(() => discord.State.Posted(Free).Count == 1);
        await Task.Delay(500);

        const string premium = """
            {"embeds":[{"title":"NEW SPY: BULL_CALL_DEBIT",
              "description":"Issued for the 2025-08-26 session.\nBUY 1 SPY 2025-09-19 650 call @ 4.35\nSELL 1 SPY 2025-09-19 660 call @ 1.10",
              "color":3447003,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman premium"},
              "fields":[{"name":"Strategy","value":"BULL_CALL_DEBIT","inline":true},{"name":"Expiry","value":"2025-09-19 (24 DTE)","inline":true},
                        {"name":"Net limit","value":"3.25 debit","inline":true},{"name":"Size","value":"2 contracts","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        const string basic = """
            {"embeds":[{"title":"NEW SPY: BULL_CALL_DEBIT","description":"Issued for the 2025-08-26 session.\nBUY call\nSELL call",
              "color":3447003,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman basic (delayed, no strikes, prices or sizes)"},
              "fields":[{"name":"Strategy","value":"BULL_CALL_DEBIT","inline":true},{"name":"Expiry","value":"2025-09-19 (24 DTE)","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        const string free = """
            {"embeds":[{"title":"NEW SPY","description":"A new SPY trade was issued for the 2025-08-26 session.",
              "color":3447003,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman free (delayed, summary only)"},
              "fields":[{"name":"Strategy","value":"BULL_CALL_DEBIT","inline":true},{"name":"Session","value":"2025-08-26","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        var premiumCalls = discord.State.Received.Where(r => r.WebhookId == Premium).ToArray();
        var row = await SingleRowAsync("premium");
        Assert.Multiple(() =>
        {
            Assert.That(premiumCalls.Select(c => c.StatusCode), Is.EqualTo(new[] { 429, 200 }));
            Assert.That(premiumCalls.Select(c => c.ArrivedAt), Is.EqualTo(new[] { T0, T0.AddSeconds(3.5) }), "sent again exactly when retry_after ran out");
            AssertDelivered(Premium, T0.AddSeconds(3.5), premium);
            AssertDelivered(Basic, T0.AddSeconds(60), basic);
            AssertDelivered(Free, T0.AddMinutes(5), free);
            Assert.That((row.State, row.Attempts, row.Failures), Is.EqualTo(("SENT", 2, 0)), "a 429 is an attempt but not a failure");
        });
    }

    [Test]
    public async Task A_restart_between_tiers_still_delivers_the_later_tiers_once()
    {
        var close = new OrderStateChanged(Guid.Empty, Session, Guid.Parse("0198f3a2-0000-7000-8000-0000000000c1"), null, "SPY",
            "SELL 2 SPY250919C00650000 / BUY 2 SPY250919C00660000 @ 5.10 CREDIT",
            [new OrderStateLeg("SPY250919C00650000", "SELL", 2, "CLOSE"), new OrderStateLeg("SPY250919C00660000", "BUY", 2, "CLOSE")],
            "working", "filled", 2, 5.10m, 2, 2, "PAPER", true, null, T0);
        await using (var first = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks()))
        {
            await first.Harness.Bus.Publish(close);
            await WaitAsync(() => discord.State.Posted(Premium).Count == 1);
        }

        clock.Set(T0.AddSeconds(30));
        await using var second = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());
        await AssertQuietAsync(Basic, Free);
        clock.Set(T0.AddSeconds(60));
        await WaitAsync(() => discord.State.Posted(Basic).Count == 1);
        clock.Set(T0.AddMinutes(5));
        await WaitAsync(() => discord.State.Posted(Free).Count == 1);
        await Task.Delay(500);

        const string premium = """
            {"embeds":[{"title":"CLOSED SPY: 2/2 at 5.10","description":"SELL 2 SPY250919C00650000 / BUY 2 SPY250919C00660000 @ 5.10 CREDIT",
              "color":9807270,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman premium"},
              "fields":[{"name":"This fill","value":"2 at 5.10","inline":true},{"name":"Filled","value":"2/2","inline":true},{"name":"Mode","value":"PAPER, simulated","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        const string basic = """
            {"embeds":[{"title":"CLOSED SPY","description":"SELL call\nBUY call",
              "color":9807270,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman basic (delayed, no strikes, prices or sizes)"},
              "fields":[{"name":"Mode","value":"PAPER, simulated","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        const string free = """
            {"embeds":[{"title":"CLOSED SPY","description":"A SPY position was closed.",
              "color":9807270,"timestamp":"2025-08-26T20:15:00+00:00","footer":{"text":"Kapman free (delayed, summary only)"},
              "fields":[{"name":"Mode","value":"PAPER, simulated","inline":true}]}],
             "allowed_mentions":{"parse":[]}}
            """;
        Assert.Multiple(() =>
        {
            AssertDelivered(Premium, T0, premium);
            AssertDelivered(Basic, T0.AddSeconds(60), basic);
            AssertDelivered(Free, T0.AddMinutes(5), free);
            Assert.That(discord.State.Received, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task A_delivery_left_mid_send_by_a_crash_is_sent_again_once_after_the_claim_lease()
    {
        await using (var first = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks()))
        {
            await first.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "AMD", WyckoffAlertKinds.SpringEntry, 10));
            await WaitAsync(() => discord.State.Posted(Premium).Count == 1);
        }

        // What a worker killed between its claim and Discord's answer leaves: the row SENDING, claimed at +60 s.
        await ExecuteAsync("UPDATE discord_deliveries SET state = 'SENDING', attempts = 1, claimed_at = @at WHERE tier = 'basic'", T0.AddSeconds(60));
        clock.Set(T0.AddSeconds(61));
        await using var second = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());
        await AssertQuietAsync(Basic);
        clock.Set(T0.AddSeconds(60 + 121));
        await WaitAsync(() => discord.State.Posted(Basic).Count == 1);
        await Task.Delay(300);
        var row = await SingleRowAsync("basic");

        Assert.Multiple(() =>
        {
            Assert.That(discord.State.Posted(Basic), Has.Count.EqualTo(1));
            Assert.That((row.State, row.Attempts), Is.EqualTo(("SENT", 2)));
        });
    }

    [Test]
    public async Task A_wrong_webhook_parks_its_delivery_with_the_reason_and_the_other_tiers_go_out()
    {
        var webhooks = Webhooks();
        webhooks["DISCORD_WEBHOOK_PREMIUM"] = "https://discord.com/api/webhooks/1001/revoked-token";
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, webhooks);

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.BcExit, 25));
        await WaitAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM discord_deliveries WHERE tier = 'premium' AND state = 'PARKED'") == 1);
        clock.Set(T0.AddSeconds(60));
        await WaitAsync(() => discord.State.Posted(Basic).Count == 1);
        clock.Set(T0.AddMinutes(30));
        await Task.Delay(500);
        var parked = await DiscordDeliveriesApi.GetDeliveries("parked", null, service.Services.GetRequiredService<DiscordDeliveryStore>(), CancellationToken.None);
        var list = ((Ok<IEnumerable<DiscordDeliveryDto>>)parked.Result).Value!.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(discord.State.Received.Where(r => r.WebhookId == Premium).Select(r => r.StatusCode), Is.EqualTo(new[] { 404 }), "never retried");
            Assert.That(list.Select(d => (d.Tier, d.State, d.Attempts, d.Failures, d.LastError)),
                Is.EqualTo(new[] { ("premium", "PARKED", 1, 1, (string?)"404 Unknown Webhook (code 10015)") }));
            Assert.That(discord.State.Posted(Free), Has.Count.EqualTo(1), "the other tiers are not held up");
        });
    }

    [Test]
    public async Task Server_errors_are_retried_after_2_s_then_4_s_and_the_fifth_failure_parks()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks());
        discord.State.FailNext(Premium, 502);
        discord.State.FailNext(Premium, 500);
        foreach (var status in new[] { 503, 500, 502, 500, 503 })
        {
            discord.State.FailNext(Basic, status);
        }

        await service.Harness.Bus.Publish(Spread());
        // Backoff after the n-th failure: 2 s × 2^(n−1), so sends at +0, +2, +6 (premium) and +60, +62, +66, +74, +90 (basic, parked at the fifth).
        // Each step waits for the worker to record its answer, as it reads the clock then.
        foreach (var (at, tier, attempts) in new[] { (0, "premium", 1), (2, "premium", 2), (6, "premium", 3), (60, "basic", 1), (62, "basic", 2),
                     (66, "basic", 3), (74, "basic", 4), (90, "basic", 5) })
        {
            clock.Set(T0.AddSeconds(at));
            await WaitSettledAsync(tier, attempts);
        }

        clock.Set(T0.AddSeconds(300));

        await WaitAsync(() => discord.State.Posted(Free).Count == 1);
        await Task.Delay(300);
        var premium = discord.State.Received.Where(r => r.WebhookId == Premium).ToArray();
        var basic = discord.State.Received.Where(r => r.WebhookId == Basic).ToArray();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var parked = await connection.QuerySingleAsync<(string, int, int, string)>(
            "SELECT state, attempts, failures, last_error FROM discord_deliveries WHERE tier = 'basic'");

        Assert.Multiple(() =>
        {
            Assert.That(premium.Select(r => (r.StatusCode, r.ArrivedAt)), Is.EqualTo(new[] { (502, T0), (500, T0.AddSeconds(2)), (200, T0.AddSeconds(6)) }));
            Assert.That(basic.Select(r => (r.StatusCode, (r.ArrivedAt - T0).TotalSeconds)),
                Is.EqualTo(new[] { (503, 60.0), (500, 62.0), (502, 66.0), (500, 74.0), (503, 90.0) }));
            Assert.That(parked, Is.EqualTo(("PARKED", 5, 5, "503 Service Unavailable (code 0) (failure 5 of 5: parked)")));
        });
    }

    [Test]
    public async Task A_timeout_is_a_failure_retried_after_2_s_and_the_post_goes_out_once()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, Webhooks(), requestTimeoutSeconds: 1);
        discord.State.HangNext(Premium, 3);

        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.BcExit, 25));
        await WaitAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM discord_deliveries WHERE tier = 'premium' AND failures = 1") == 1);
        clock.Set(T0.AddSeconds(2));
        await WaitAsync(() => discord.State.Posted(Premium).Count == 1);
        await Task.Delay(300);
        var row = await SingleRowAsync("premium");
        var error = await ScalarAsync<string?>("SELECT last_error FROM discord_deliveries WHERE tier = 'premium'");

        Assert.Multiple(() =>
        {
            Assert.That(discord.State.Received.Where(r => r.WebhookId == Premium).Select(r => r.ArrivedAt), Is.EqualTo(new[] { T0, T0.AddSeconds(2) }));
            Assert.That(discord.State.Posted(Premium), Has.Count.EqualTo(1));
            Assert.That(row, Is.EqualTo(("SENT", 2, 1)));
            Assert.That(error, Is.Null, "cleared once sent");
        });
    }

    [Test]
    public async Task Nothing_is_scheduled_while_discord_is_disabled()
    {
        await using var service = await DiscordTestHost.StartAsync(database.DataSource, clock, discord.BaseUrl, new Dictionary<string, string>(), enabled: false);
        await service.Harness.Bus.Publish(new WyckoffAlertRaised(Guid.Empty, Session, "NVDA", WyckoffAlertKinds.BcExit, 25));
        await WaitAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM inbox") == 1);

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM discord_deliveries"), Is.Zero);
    }

    private static RecommendationIssued Spread() =>
        new(Guid.Empty, Session, Guid.Parse("0198f3a2-0000-7000-8000-0000000000a1"), "SPY", "BULL_CALL_DEBIT",
            [new RecommendedLeg("SPY250919C00650000", "BUY", 1, 4.35, new DateOnly(2025, 9, 19), 650, "call"),
             new RecommendedLeg("SPY250919C00660000", "SELL", 1, 1.10, new DateOnly(2025, 9, 19), 660, "call")],
            3.25, 2, new DateOnly(2025, 9, 19), 24);

    private static Dictionary<string, string> Webhooks() => new()
    {
        ["DISCORD_WEBHOOK_PREMIUM"] = "https://discord.com/api/webhooks/1001/premium-token",
        ["DISCORD_WEBHOOK_BASIC"] = "https://discord.com/api/webhooks/1002/basic-token",
        ["DISCORD_WEBHOOK_FREE"] = "https://discord.com/api/webhooks/1003/free-token",
    };

    /// <summary>Exactly one post on <paramref name="webhook"/>, within ±2 s of <paramref name="due"/>, with <paramref name="json"/> as its body.</summary>
    private void AssertDelivered(string webhook, DateTimeOffset due, string json)
    {
        var posts = discord.State.Posted(webhook);
        Assert.That(posts, Has.Count.EqualTo(1), webhook);
        if (posts.Count == 1)
        {
            Assert.That(posts[0].ArrivedAt, Is.EqualTo(due).Within(TimeSpan.FromSeconds(2)), webhook);
            Assert.That(JsonNode.DeepEquals(posts[0].Body, JsonNode.Parse(json)), Is.True, $"{webhook}: {posts[0].Body?.ToJsonString()}");
        }
    }

    /// <summary>Gives the worker a second of real time (20 polls) and checks no further request reached <paramref name="webhooks"/>.</summary>
    private async Task AssertQuietAsync(params string[] webhooks)
    {
        var before = discord.State.Received.Count(r => webhooks.Contains(r.WebhookId));
        await Task.Delay(1000);
        Assert.That(discord.State.Received.Count(r => webhooks.Contains(r.WebhookId)), Is.EqualTo(before), "nothing before it is due");
    }
}
