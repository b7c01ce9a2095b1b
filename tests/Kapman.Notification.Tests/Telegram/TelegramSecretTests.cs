extern alias telegram;
using System.Text.Json.Nodes;
using Kapman.Notification.Telegram;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>
/// The bot token is part of every Bot API request's path (<c>/bot{token}/{method}</c>), so it must not reach a log line, a trace span or an
/// exception; and the settings are checked at start.
/// </summary>
[TestFixture]
public sealed class TelegramSecretTests
{
    private TelegramTestBed bed = null!;

    [SetUp]
    public async Task Start() => bed = await TelegramTestBed.StartAsync();

    [TearDown]
    public async Task Stop() => await bed.DisposeAsync();

    [Test]
    public async Task A_wrong_token_is_answered_401_as_documented_and_the_error_does_not_carry_the_token()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(bed.Bot.BaseUrl, "./bot999:wrong/getMe"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        const string wrong = "999:wrong-token";
        await using var provider = bed.Services(bed.Configuration(new Dictionary<string, string?> { ["TELEGRAM_BOT_TOKEN"] = wrong }));

        var failure = Assert.ThrowsAsync<BotApiException>(() => provider.GetRequiredService<BotApiClient>().SendMessageAsync(1001, "hello", [], CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(401));
            Assert.That(JsonNode.DeepEquals(body, JsonNode.Parse("""{"ok":false,"error_code":401,"description":"Unauthorized"}""")), Is.True, body?.ToJsonString());
            Assert.That(failure!.ErrorCode, Is.EqualTo(401));
            Assert.That(failure.Message, Is.EqualTo("Telegram sendMessage failed: 401 Unauthorized"));
        });
    }

    [Test]
    public async Task No_log_line_or_trace_span_carries_the_token_while_other_clients_are_still_logged_and_traced()
    {
        var logs = new CapturedLogs();
        var spans = new SpanRecorder();
        await using var provider = bed.Services(more: services =>
        {
            services.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            services.AddOpenTelemetry().WithTracing(t => t.AddHttpClientInstrumentation().AddProcessor(spans));
        });
        _ = provider.GetRequiredService<TracerProvider>();
        var bot = provider.GetRequiredService<BotApiClient>();

        await bot.SendMessageAsync(1001, "hello", [new InlineButton("Approve", "a:1")], CancellationToken.None);
        await bot.GetUpdatesAsync(0, 1, CancellationToken.None);
        await provider.GetRequiredService<ExecutionApprovalClient>().ApproveAsync(Guid.NewGuid(), CancellationToken.None);

        var secretParts = new[] { TelegramTestBed.Token, TelegramTestBed.Token.Split(':')[1] };
        Assert.Multiple(() =>
        {
            Assert.That(bed.Bot.State.CallsOf("sendMessage"), Has.Count.EqualTo(1), "the calls went through");
            Assert.That(logs.Lines.Where(l => secretParts.Any(s => l.Contains(s, StringComparison.Ordinal))), Is.Empty);
            Assert.That(spans.Spans.Where(s => secretParts.Any(p => s.Contains(p, StringComparison.Ordinal))), Is.Empty);
            Assert.That(logs.Lines.Any(l => l.Contains("/api/execution/approvals/", StringComparison.Ordinal)), Is.True,
                "the factory's HttpClient loggers are on for other clients, so the capture would see a Bot API URL");
            Assert.That(spans.Spans.Any(s => s.Contains("/api/execution/approvals/", StringComparison.Ordinal)), Is.True,
                "the HttpClient instrumentation records other clients' spans, so it would see a Bot API URL");
        });
    }

    [Test]
    public void Enabled_without_token_key_gateway_or_chats_fails_at_start_naming_what_is_missing()
    {
        var configuration = bed.Configuration(new Dictionary<string, string?>
        {
            ["TELEGRAM_BOT_TOKEN"] = null,
            ["KAPMAN_API_KEY"] = null,
            ["Kapman:Telegram:GatewayUrl"] = "not a url",
            ["Kapman:Telegram:AllowedChatIds:0"] = null,
            ["Kapman:Telegram:AllowedChatIds:1"] = null,
            ["Kapman:Telegram:PollTimeoutSeconds"] = "60",
        });
        using var provider = bed.Services(configuration);

        var failure = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.That(failure!.Failures, Is.EquivalentTo(new[]
        {
            "Kapman:Telegram:PollTimeoutSeconds must be 1-50.",
            "Kapman:Telegram:GatewayUrl must be an absolute http(s) URL (the gateway, e.g. http://localhost:5000).",
            "Kapman:Telegram:AllowedChatIds must list at least one chat id.",
            "TELEGRAM_BOT_TOKEN must hold the bot token (no spaces or slashes).",
            "KAPMAN_API_KEY must hold the operator's gateway API key.",
        }));
    }

    [Test]
    public void Disabled_by_default_needs_nothing_else()
    {
        using var provider = bed.Services(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

        var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.Enabled, Is.False);
            Assert.That(options.ApiBaseUrl, Is.EqualTo(new Uri("https://api.telegram.org")));
            Assert.That(options.AllowedChatIds, Is.Empty);
        });
    }
}
