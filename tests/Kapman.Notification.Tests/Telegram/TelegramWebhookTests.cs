extern alias telegram;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Kapman.Notification.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>
/// Telegram webhook mode (issue 20 item 2) against the Bot API stand-in and real PostgreSQL: the service registers its URL and secret with
/// setWebhook at start; the stand-in POSTs updates with <c>X-Telegram-Bot-Api-Secret-Token</c>; a missing or wrong header is a 401 problem
/// and nothing is handled; an <c>update_id</c> is handled once whether it is redelivered by webhook or polled after switching back (which
/// calls deleteWebhook). Expected requests and updates are written by hand from https://core.telegram.org/bots/api (setWebhook, Update,
/// CallbackQuery).
/// </summary>
[TestFixture]
public sealed class TelegramWebhookTests
{
    private const string ApproveData = "a:0f8fad5bd9cb469fa16570867728950e";
    private const string Approved = "Approved: order 7d7d2d0e-5b0c-4e55-9a4b-3c7a6f1e2d11";

    // A callback_query update as Telegram POSTs it: the operator (user 42) pressed Approve on message 5 of chat 1001.
    private const string PressJson = """
        {
          "update_id": 777001,
          "callback_query": {
            "id": "4382bfdwdsb323b2d9",
            "from": { "id": 42, "is_bot": false, "first_name": "Operator", "username": "operator42" },
            "message": { "message_id": 5, "date": 1756200000, "chat": { "id": 1001, "type": "private" }, "text": "Suggestion (not an order yet): SPY" },
            "chat_instance": "-1001",
            "data": "a:0f8fad5bd9cb469fa16570867728950e"
          }
        }
        """;

    private TelegramTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await TelegramTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task Webhook_mode_registers_its_url_and_secret_with_set_webhook_at_start_and_polls_nothing()
    {
        await using var host = await TelegramWebhookHost.StartAsync(bed);

        var set = await WaitForCallAsync("setWebhook");
        await Task.Delay(1500);

        var expected = new JsonObject
        {
            ["url"] = host.WebhookUrl.ToString(),
            ["secret_token"] = TelegramWebhookHost.Secret,
            ["allowed_updates"] = new JsonArray("callback_query"),
            ["drop_pending_updates"] = false,
        };
        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(set.Parameters, expected), Is.True, set.Parameters.ToJsonString());
            Assert.That(bed.Bot.State.WebhookUrl, Is.EqualTo(host.WebhookUrl.ToString()));
            Assert.That(bed.Bot.State.CallsOf("getUpdates", status: null), Is.Empty, "webhook mode does not poll");
            Assert.That(host.Logs.Lines.Where(l => l.Contains(TelegramWebhookHost.Secret, StringComparison.Ordinal)), Is.Empty, "the secret is never logged");
            Assert.That(host.Logs.Lines.Any(l => l.Contains("Telegram webhook set to " + host.WebhookUrl, StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public async Task A_press_pushed_with_the_secret_approves_once_and_a_redelivery_of_the_same_update_id_does_nothing()
    {
        await using var host = await TelegramWebhookHost.StartAsync(bed);
        await WaitForCallAsync("setWebhook");

        var update = bed.Bot.State.InjectCallback(1001, 42, 5, ApproveData);
        await TelegramTestBed.WaitAsync(() => Task.FromResult(bed.Bot.State.CallsOf("answerCallbackQuery").Count), n => n >= 1);
        Assert.That(bed.Bot.State.Redeliver(update), Is.True);
        await TelegramTestBed.WaitAsync(() => Task.FromResult(bed.Bot.State.Deliveries.Count), n => n >= 2);

        var answers = bed.Bot.State.CallsOf("answerCallbackQuery").Select(c => (string)c.Parameters["text"]!).ToArray();
        Assert.Multiple(async () =>
        {
            Assert.That(bed.Bot.State.Deliveries.Select(d => (d.UpdateId, d.Status)), Is.EqualTo(new[] { (update, 200), (update, 200) }),
                "both POSTs of the update are answered 200 (a repeat is acknowledged, so Telegram stops repeating it)");
            Assert.That(answers, Is.EqualTo(new[] { Approved }), "handled once: one answer");
            Assert.That(bed.Approvals, Has.Count.EqualTo(1), "one approval call to execution");
            Assert.That(await Scalar<string>("SELECT update_id || ' ' || source FROM telegram_updates"), Is.EqualTo($"{update} webhook"));
            Assert.That(bed.Bot.State.WebhookInfo()["pending_update_count"]!.GetValue<int>(), Is.Zero);
        });
    }

    [Test]
    public async Task A_post_without_or_with_a_wrong_secret_is_a_401_problem_and_handles_nothing_and_the_right_secret_handles_it_once()
    {
        await using var host = await TelegramWebhookHost.StartAsync(bed);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        using var missing = await PostAsync(http, host.WebhookUrl, []);
        using var wrong = await PostAsync(http, host.WebhookUrl, [TelegramWebhookHost.Secret + "x"]);
        using var prefix = await PostAsync(http, host.WebhookUrl, [TelegramWebhookHost.Secret[..^1]]);
        using var twice = await PostAsync(http, host.WebhookUrl, [TelegramWebhookHost.Secret, "other"]);
        var refused = new[] { missing, wrong, prefix, twice };
        var handledBefore = await Scalar<long>("SELECT count(*) FROM telegram_updates");
        var answersBefore = bed.Bot.State.CallsOf("answerCallbackQuery").Count;

        using var right = await PostAsync(http, host.WebhookUrl, [TelegramWebhookHost.Secret]);
        using var replay = await PostAsync(http, host.WebhookUrl, [TelegramWebhookHost.Secret]);

        foreach (var response in refused)
        {
            await AssertProblemAsync(response, 401, "Unauthorized");
        }

        var answers = bed.Bot.State.CallsOf("answerCallbackQuery").Select(c => (string)c.Parameters["text"]!).ToArray();
        Assert.Multiple(async () =>
        {
            Assert.That((handledBefore, answersBefore), Is.EqualTo((0L, 0)), "nothing was read or answered before the right secret");
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(answers, Is.EqualTo(new[] { Approved }));
            Assert.That(bed.Approvals, Has.Count.EqualTo(1));
            Assert.That(await Scalar<long>("SELECT count(*) FROM telegram_updates WHERE update_id = 777001"), Is.EqualTo(1));
            Assert.That(host.Logs.Lines.Where(l => l.Contains(TelegramWebhookHost.Secret[..10], StringComparison.Ordinal)), Is.Empty);
        });
    }

    [TestCase("{not json")]
    [TestCase("{}")]
    [TestCase("null")]
    public async Task A_body_with_the_right_secret_that_is_not_an_update_is_a_400_problem_and_claims_nothing(string body)
    {
        await using var host = await TelegramWebhookHost.StartAsync(bed);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, host.WebhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, TelegramWebhookHost.Secret);

        using var response = await http.SendAsync(request);

        await AssertProblemAsync(response, 400, "Bad Request");
        Assert.That(await Scalar<long>("SELECT count(*) FROM telegram_updates"), Is.Zero);
    }

    [Test]
    public async Task Switching_back_to_polling_deletes_the_webhook_and_an_update_taken_by_webhook_is_not_handled_again()
    {
        long first;
        await using (var host = await TelegramWebhookHost.StartAsync(bed))
        {
            await WaitForCallAsync("setWebhook");
            first = bed.Bot.State.InjectCallback(1001, 42, 5, ApproveData);
            await TelegramTestBed.WaitAsync(() => Task.FromResult(bed.Bot.State.CallsOf("answerCallbackQuery").Count), n => n >= 1);
        }

        // Restarted in polling mode (the default). Telegram hands the webhook-delivered update out again, as after a lost answer.
        await using var provider = bed.Services();
        var poller = provider.GetRequiredService<TelegramPoller>();
        await poller.StartAsync(CancellationToken.None);
        try
        {
            await WaitForCallAsync("deleteWebhook");
            bed.Bot.State.Redeliver(first);
            var second = bed.Bot.State.InjectCallback(1002, 43, 6, "r:0f8fad5bd9cb469fa16570867728950e");
            await TelegramTestBed.WaitAsync(() => Scalar<long>("SELECT next_offset FROM telegram_poll_offset"), n => n == second + 1);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }

        var methods = bed.Bot.State.Calls.Select(c => c.Method).Where(m => m is "setWebhook" or "getWebhookInfo" or "deleteWebhook").ToArray();
        var answers = bed.Bot.State.CallsOf("answerCallbackQuery").Select(c => (string)c.Parameters["text"]!).ToArray();
        Assert.Multiple(async () =>
        {
            Assert.That(methods, Is.EqualTo(new[] { "setWebhook", "getWebhookInfo", "deleteWebhook" }));
            Assert.That(bed.Bot.State.WebhookUrl, Is.Empty);
            Assert.That(bed.Bot.State.CallsOf("getUpdates", status: 409), Is.Empty, "no poll before the webhook was deleted");
            Assert.That(answers, Is.EqualTo(new[] { Approved, "Already approved." }),
                "the repeated update is dropped unanswered; the new press (Reject) is answered: already decided");
            Assert.That(bed.Approvals, Has.Count.EqualTo(1));
            Assert.That(await Scalar<long>("SELECT count(*) FROM telegram_updates"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_second_start_in_polling_mode_with_no_webhook_set_deletes_nothing()
    {
        await using var provider = bed.Services();
        var registration = provider.GetRequiredService<TelegramWebhookRegistration>();

        var deleted = await registration.EnsurePollingAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.False);
            Assert.That(bed.Bot.State.CallsOf("deleteWebhook", status: null), Is.Empty);
            Assert.That(bed.Bot.State.CallsOf("getWebhookInfo"), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Webhook_mode_without_url_or_secret_and_an_unknown_mode_fail_at_start_naming_what_is_missing()
    {
        using var webhook = bed.Services(bed.Configuration(new Dictionary<string, string?>
        {
            ["Kapman:Telegram:Mode"] = "webhook",
            ["TELEGRAM_WEBHOOK_SECRET"] = "has spaces",
        }));
        using var unknown = bed.Services(bed.Configuration(new Dictionary<string, string?> { ["Kapman:Telegram:Mode"] = "pigeon" }));

        var webhookFailure = Assert.Throws<OptionsValidationException>(() => _ = webhook.GetRequiredService<IOptions<TelegramOptions>>().Value);
        var unknownFailure = Assert.Throws<OptionsValidationException>(() => _ = unknown.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Multiple(() =>
        {
            Assert.That(webhookFailure!.Failures, Is.EquivalentTo(new[]
            {
                "Kapman:Telegram:WebhookUrl must be an absolute http(s) URL in webhook mode (the gateway's /api/notification/telegram/webhook).",
                "TELEGRAM_WEBHOOK_SECRET must hold the webhook secret in webhook mode (1-256 characters of A-Z, a-z, 0-9, _ and -).",
            }));
            Assert.That(unknownFailure!.Failures, Is.EquivalentTo(new[] { "Kapman:Telegram:Mode must be polling or webhook." }));
        });
    }

    private async Task<telegram::Kapman.TelegramStandIn.RecordedCall> WaitForCallAsync(string method)
    {
        var calls = await TelegramTestBed.WaitAsync(() => Task.FromResult(bed.Bot.State.CallsOf(method)), c => c.Count >= 1);
        Assert.That(calls, Is.Not.Empty, $"no {method} within 20 s");
        return calls[0];
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri url, string[] secrets)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(PressJson, Encoding.UTF8, "application/json") };
        foreach (var secret in secrets)
        {
            request.Headers.TryAddWithoutValidation(TelegramWebhookEndpoint.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string title)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Content.Headers.ContentType, Is.EqualTo(new MediaTypeHeaderValue("application/problem+json")));
            Assert.That(body?["status"]?.GetValue<int>(), Is.EqualTo(status));
            Assert.That(body?["title"]?.GetValue<string>(), Is.EqualTo(title));
        });
    }

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = await bed.Database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
