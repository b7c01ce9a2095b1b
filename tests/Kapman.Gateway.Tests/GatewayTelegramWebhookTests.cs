using System.Net;

namespace Kapman.Gateway.Tests;

/// <summary>
/// Telegram's webhook through the real gateway (the built Kapman.Gateway, started as a process) in front of stub backends:
/// <c>POST /api/notification/telegram/webhook</c> is admitted by <c>X-Telegram-Bot-Api-Secret-Token</c> equal to TELEGRAM_WEBHOOK_SECRET
/// instead of the API key, and forwarded to notification's <c>/telegram/webhook</c> with the header (the service checks it again) and the
/// gateway token; a missing, wrong or doubled header is a 401 problem and nothing is forwarded. The secret opens that one path only, and a
/// gateway without the secret configured opens it to nothing.
/// </summary>
[TestFixture]
public sealed class GatewayTelegramWebhookTests
{
    private const string ApiKey = "webhook-test-key";
    private const string Secret = "gateway-webhook-secret_42-XYZ";
    private const string Update = """{"update_id":900001,"callback_query":{"id":"cq","from":{"id":42,"is_bot":false,"first_name":"Op"},"chat_instance":"-1","data":"a:1"}}""";

    private StubBackends stubs = null!;
    private GatewayProcess gateway = null!;
    private GatewayProcess closedGateway = null!;
    private HttpClient client = null!;
    private HttpClient closedClient = null!;

    [OneTimeSetUp]
    public async Task StartGateways()
    {
        stubs = await StubBackends.StartAsync(GatewayServices.All);
        var environment = GatewayEnvironment.OnFreePorts(ApiKey, stubs.Addresses) with { TelegramWebhookSecret = Secret };
        var closed = GatewayEnvironment.OnFreePorts(ApiKey, stubs.Addresses);
        gateway = await GatewayProcess.StartAsync(environment);
        closedGateway = await GatewayProcess.StartAsync(closed);
        client = TestHttp.Client(environment.FrontendUrl);
        closedClient = TestHttp.Client(closed.FrontendUrl);
    }

    [OneTimeTearDown]
    public async Task StopGateways()
    {
        client?.Dispose();
        closedClient?.Dispose();
        gateway?.Dispose();
        closedGateway?.Dispose();
        if (stubs is not null)
        {
            await stubs.DisposeAsync();
        }
    }

    [Test]
    public async Task The_right_secret_reaches_notification_with_the_header_and_the_gateway_token_and_without_a_key()
    {
        var probe = Guid.NewGuid().ToString("N");
        using var response = await PostAsync(client, $"/api/notification/telegram/webhook?probe={probe}", [Secret]);

        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(echo.Service, Is.EqualTo("notification"));
            Assert.That(echo.Method, Is.EqualTo("POST"));
            Assert.That(echo.Path, Is.EqualTo("/telegram/webhook"));
            Assert.That(echo.Body, Is.EqualTo(Update));
            Assert.That(echo.Headers["x-telegram-bot-api-secret-token"], Is.EqualTo(Secret), "forwarded so the service checks it again");
            Assert.That(echo.Headers["x-kapman-gateway-token"], Is.EqualTo(GatewayEnvironment.DefaultGatewayToken));
            Assert.That(echo.Headers.ContainsKey("x-api-key"), Is.False);
        });
    }

    [TestCase(null, null, TestName = "No secret header is a 401 problem, not forwarded")]
    [TestCase("gateway-webhook-secret_42-XYz", null, TestName = "A wrong secret (one letter's case) is a 401 problem, not forwarded")]
    [TestCase("gateway-webhook-secret_42-XY", null, TestName = "A prefix of the secret is a 401 problem, not forwarded")]
    [TestCase(Secret, Secret, TestName = "The secret header twice is a 401 problem, not forwarded")]
    public async Task Without_the_secret_the_webhook_is_a_401_problem_and_nothing_is_forwarded(string? first, string? second)
    {
        var probe = Guid.NewGuid().ToString("N");
        string[] secrets = [.. new[] { first, second }.OfType<string>()];

        using var response = await PostAsync(client, $"/api/notification/telegram/webhook?probe={probe}", secrets);

        await TestHttp.AssertProblemAsync(response, 401, "Unauthorized");
        Assert.That(stubs.Received.Any(r => r.Query.Contains(probe, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task The_api_key_alone_does_not_open_the_webhook()
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = Request($"/api/notification/telegram/webhook?probe={probe}", []);
        request.Headers.Add("X-Api-Key", ApiKey);

        using var response = await client.SendAsync(request);

        await TestHttp.AssertProblemAsync(response, 401, "Unauthorized");
        Assert.That(stubs.Received.Any(r => r.Query.Contains(probe, StringComparison.Ordinal)), Is.False);
    }

    [TestCase("/api/notification/replay")]
    [TestCase("/api/execution/approvals/0b4e1c8a-3f2d-4a5e-9c71-2d6f8e0a1b35")]
    [TestCase("/api/notification/telegram/webhook/extra")]
    public async Task The_secret_opens_no_other_path(string path)
    {
        var probe = Guid.NewGuid().ToString("N");

        using var response = await PostAsync(client, $"{path}?probe={probe}", [Secret]);

        await TestHttp.AssertProblemAsync(response, 401, "Unauthorized");
        Assert.That(stubs.Received.Any(r => r.Query.Contains(probe, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task A_gateway_without_the_secret_configured_admits_no_webhook_request()
    {
        var probe = Guid.NewGuid().ToString("N");

        using var response = await PostAsync(closedClient, $"/api/notification/telegram/webhook?probe={probe}", [Secret]);

        await TestHttp.AssertProblemAsync(response, 401, "Unauthorized");
        Assert.That(stubs.Received.Any(r => r.Query.Contains(probe, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void The_secret_never_appears_in_the_gateway_output() =>
        Assert.That(gateway.Output, Does.Not.Contain(Secret));

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string[] secrets) => http.SendAsync(Request(path, secrets));

    private static HttpRequestMessage Request(string path, string[] secrets)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(Update, System.Text.Encoding.UTF8, "application/json") };
        foreach (var secret in secrets)
        {
            request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return request;
    }
}
