using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Playwright;

namespace Kapman.IntegrationTests;

/// <summary>
/// The Ops page through the real gateway: the seven services' health, and a re-drive of a real message from a
/// real <c>_error</c> queue on the suite's vhost back to the consumer it failed in.
/// </summary>
public sealed class BrowserOpsTests : BrowserPageTest
{
    private const string SourceQueue = "wyckoff-market-session-ingested";
    private const string ErrorQueue = SourceQueue + "_error";

    /// <summary>
    /// Under the AppHost the Ops page leaves service health, logs, traces and metrics to the Aspire dashboard and links
    /// to it; what the dashboard does not do (runs, quarantine, re-drive, replay) stays on the page.
    /// </summary>
    [Test]
    public async Task Ops_links_to_the_aspire_dashboard_and_keeps_runs_redrive_and_replay()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/ops");

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await page.Locator("#dashboard-link").GetAttributeAsync("href"), Is.EqualTo("http://127.0.0.1:18888/"));
            Assert.That(await page.Locator("#health").CountAsync(), Is.Zero, "health is the dashboard's");
            Assert.That(await page.Locator("#runs").CountAsync(), Is.EqualTo(1));
            Assert.That(await page.Locator("#replay").CountAsync(), Is.EqualTo(1));
        });
        await AssertEveryFieldLabelledAsync(page);
        await ScreenshotAsync(page, "suite-ops.png");
    }

    /// <summary>
    /// The message is the sample run's own MarketSessionIngested event (its row in ingestion's outbox, same MessageId), put
    /// into Wyckoff's error queue as MassTransit would after a failure. Re-driven, Wyckoff's consumer receives it,
    /// finds the MessageId in its inbox and acknowledges it without a second effect: no message is left in either
    /// queue, the consumer's acknowledgement count rises, and the stored snapshots do not change.
    /// </summary>
    [Test]
    public async Task Redrive_moves_a_real_failed_message_back_to_its_consumer()
    {
        using var rabbit = new BrowserRabbitManagement();
        var (messageId, envelope) = await StoredMarketSessionIngestedAsync();
        Assert.That(await Suite.CountAsync("SELECT count(*) FROM wyckoff.inbox WHERE message_id = @messageId", new { messageId }), Is.EqualTo(1),
            "precondition: Wyckoff processed this event in the sample run");
        var snapshots = await Suite.CountAsync("SELECT count(*) FROM wyckoff.snapshots");
        var acknowledged = await rabbit.AcknowledgedAsync(SourceQueue);
        await rabbit.DeclareDurableQueueAsync(ErrorQueue);
        await rabbit.PublishToQueueAsync(ErrorQueue, messageId, envelope, "browser test: simulated database timeout");
        var page = await NewPageAsync();

        var article = page.Locator($"article[data-queue='{ErrorQueue}']");
        await ReloadUntilVisibleAsync(page, article);
        await Assertions.Expect(article.Locator(".fault")).ToHaveTextAsync("browser test: simulated database timeout");
        await ScreenshotAsync(page, "suite-ops-failed-message.png");
        await AssertEveryFieldLabelledAsync(page);
        await article.GetByLabel("API key").FillAsync("not-the-key");
        await article.GetByRole(AriaRole.Button, new() { Name = $"Re-drive to {SourceQueue}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#redrive-result")).ToHaveTextAsync("Re-drive refused: wrong API key.");
        Assert.That(await rabbit.PeekCountAsync(ErrorQueue), Is.EqualTo(1), "a refused re-drive leaves the message where it is");

        await article.GetByLabel("API key").FillAsync(Suite.ApiKey);
        await article.GetByRole(AriaRole.Button, new() { Name = $"Re-drive to {SourceQueue}" }).ClickAsync();

        await Assertions.Expect(page.Locator("#redrive-result")).ToHaveTextAsync($"Re-drove 1 message(s) from {ErrorQueue} to {SourceQueue}.");
        await ScreenshotAsync(page, "suite-ops-redrive.png");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && await rabbit.AcknowledgedAsync(SourceQueue) <= acknowledged)
        {
            await Task.Delay(500);
        }

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await rabbit.AcknowledgedAsync(SourceQueue), Is.GreaterThan(acknowledged), $"{SourceQueue}'s consumer acknowledged the re-driven message");
            Assert.That(await rabbit.PeekCountAsync(ErrorQueue), Is.Zero, "nothing went back to the error queue");
            Assert.That(await Suite.CountAsync("SELECT count(*) FROM wyckoff.snapshots"), Is.EqualTo(snapshots), "the inbox kept the duplicate from having an effect");
        });
    }

    /// <summary>
    /// Replays the stored MarketSessionIngested events of 2025-08-26 to Wyckoff from the Ops form (ingestion's replay API). The
    /// count sent must equal the published rows of that event in ingestion's outbox (what the replay reads), and Wyckoff's
    /// consumer must process each as a new message (one more inbox row each) and store no extra snapshot (same model version,
    /// upserted); metrics and options, the event's other consumers, receive nothing (their inbox is unchanged).
    /// </summary>
    [Test]
    public async Task Replay_form_resends_the_stored_events_to_wyckoff_with_the_api_key()
    {
        var stored = await Suite.CountAsync(
            "SELECT count(*) FROM market.outbox WHERE message_type = 'Kapman.Contracts.MarketSessionIngested' AND session_date = @session AND published_at IS NOT NULL",
            new { session = TestData.Session });
        const string inboxSql = "SELECT count(*) FROM wyckoff.inbox WHERE consumer = 'MarketSessionIngestedConsumer'";
        const string otherConsumersSql =
            "SELECT (SELECT count(*) FROM metrics.inbox WHERE consumer = 'MarketSessionIngestedConsumer') + (SELECT count(*) FROM options.inbox WHERE consumer = 'MarketSessionIngestedConsumer')";
        var inbox = await Suite.CountAsync(inboxSql);
        var otherConsumers = await Suite.CountAsync(otherConsumersSql);
        var snapshots = await Suite.CountAsync("SELECT count(*) FROM wyckoff.snapshots");
        var page = await NewPageAsync();
        await page.GotoAsync("/ops");
        var form = page.Locator("#replay form");

        await form.GetByLabel("Event").SelectOptionAsync("MarketSessionIngested");
        await form.GetByLabel("To endpoint").SelectOptionAsync(SourceQueue);
        await form.GetByLabel("From").FillAsync("2025-08-26");
        await form.GetByLabel("To", new() { Exact = true }).FillAsync("2025-08-26");
        await form.GetByLabel("API key").FillAsync(Suite.ApiKey);
        var clicked = DateTimeOffset.UtcNow;
        await form.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();

        await Assertions.Expect(page.Locator("#replay-result")).ToHaveTextAsync($"Replayed {stored} MarketSessionIngested event(s) to {SourceQueue}.");
        await ScreenshotAsync(page, "suite-ops-replay.png");
        var deadline = DateTime.UtcNow + Suite.RunTimeout;
        while (DateTime.UtcNow < deadline && await Suite.CountAsync(inboxSql) < inbox + stored)
        {
            await Task.Delay(250);
        }

        Assert.That(await Suite.CountAsync(inboxSql), Is.EqualTo(inbox + stored), "Wyckoff consumed each replayed event as a new message");
        var run = await Suite.WaitForRunAsync(Suite.FirstRun.GetProperty("runId").GetGuid(), r =>
            Suite.Stage(r, "wyckoff").GetProperty("finishedAt") is { ValueKind: JsonValueKind.String } finished && finished.GetDateTimeOffset() >= clicked
            && r.GetProperty("stages").EnumerateArray().All(s => s.GetProperty("status").GetString() == "succeeded"));
        Assert.That(run.GetProperty("status").GetString(), Is.EqualTo("succeeded"), "the replayed stages reported to the run they belong to: " + run);
        Assert.That(await Suite.CountAsync("SELECT count(*) FROM wyckoff.snapshots"), Is.EqualTo(snapshots), "same model version: snapshots upserted, not added");
        Assert.That(await Suite.CountAsync(otherConsumersSql), Is.EqualTo(otherConsumers), "the replay went to Wyckoff's queue only");
    }

    [Test]
    public async Task Replay_with_a_wrong_key_sends_nothing()
    {
        const string inboxSql = "SELECT count(*) FROM wyckoff.inbox WHERE consumer = 'MarketSessionIngestedConsumer'";
        var inbox = await Suite.CountAsync(inboxSql);
        var page = await NewPageAsync();
        await page.GotoAsync("/ops");
        var form = page.Locator("#replay form");

        await form.GetByLabel("API key").FillAsync("not-the-key");
        await form.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();

        await Assertions.Expect(page.Locator("#replay-result")).ToHaveTextAsync("Replay refused: wrong API key.");
        await Task.Delay(1000);
        Assert.That(await Suite.CountAsync(inboxSql), Is.EqualTo(inbox));
    }

    private static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator)
    {
        // The queue list comes from the management API's statistics, which refresh every few seconds.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await page.GotoAsync("/ops");
            if (await locator.CountAsync() > 0)
            {
                return;
            }

            await Task.Delay(1000);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"the Ops page never listed {ErrorQueue} as holding failed messages");
    }

    private static async Task<(Guid MessageId, string Envelope)> StoredMarketSessionIngestedAsync()
    {
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(Guid MessageId, string Payload)>(
            "SELECT message_id, payload::text FROM market.outbox WHERE message_type = 'Kapman.Contracts.MarketSessionIngested' AND session_date = @session ORDER BY id LIMIT 1",
            new { session = TestData.Session });
        var envelope = new JsonObject
        {
            ["messageId"] = row.MessageId.ToString(),
            ["messageType"] = new JsonArray("urn:message:Kapman.Contracts:MarketSessionIngested"),
            ["message"] = JsonNode.Parse(row.Payload),
            ["sentTime"] = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        return (row.MessageId, envelope.ToJsonString(new JsonSerializerOptions()));
    }
}
