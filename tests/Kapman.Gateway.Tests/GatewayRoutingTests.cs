using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Kapman.Gateway.Tests;

/// <summary>
/// The real gateway (the built Kapman.Gateway, started as a process) in front of stub backends: routing and prefix
/// stripping, the API key on mutating calls, request ids, forwarded headers, the gateway's own Prometheus and health
/// endpoints and the active /alive health checks.
/// </summary>
[TestFixture]
public sealed class GatewayRoutingTests
{
    private const string ApiKey = "routing-test-key";

    private StubBackends stubs = null!;
    private GatewayEnvironment environment = null!;
    private GatewayProcess gateway = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task StartGateway()
    {
        stubs = await StubBackends.StartAsync(GatewayServices.All);
        environment = GatewayEnvironment.OnFreePorts(ApiKey, stubs.Addresses);
        gateway = await GatewayProcess.StartAsync(environment);
        client = TestHttp.Client(environment.FrontendUrl);
    }

    [OneTimeTearDown]
    public async Task StopGateway()
    {
        client?.Dispose();
        gateway?.Dispose();
        if (stubs is not null)
        {
            await stubs.DisposeAsync();
        }
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task MutatingCall_WithoutKey_Is401ProblemAndNeverForwarded(string method)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/ingestion/pipeline/runs?probe={probe}")
        {
            Content = new StringContent("""{"sessionDate":"2025-08-26","scope":"all"}"""),
        };

        using var response = await client.SendAsync(request);

        await TestHttp.AssertProblemAsync(response, 401, "Unauthorized");
        Assert.That(stubs.Received.Any(r => r.Query.Contains(probe, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task Post_WithWrongKey_Is401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingestion/pipeline/runs");
        request.Headers.Add("X-Api-Key", ApiKey + "x");

        using var response = await client.SendAsync(request);

        await TestHttp.AssertProblemAsync(response, 401, "Unauthorized");
    }

    [Test]
    public async Task Post_WithKey_ReachesServiceWithBodyAndWithoutTheKey()
    {
        const string body = """{"sessionDate":"2025-08-26","scope":"all"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingestion/pipeline/runs") { Content = new StringContent(body) };
        request.Headers.Add("X-Api-Key", ApiKey);

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo("ingestion"));
            Assert.That(echo.Method, Is.EqualTo("POST"));
            Assert.That(echo.Path, Is.EqualTo("/pipeline/runs"));
            Assert.That(echo.Body, Is.EqualTo(body));
            Assert.That(echo.Headers.ContainsKey("x-api-key"), Is.False);
        });
    }

    [Test]
    public async Task Get_WyckoffHealth_ReachesWyckoffAsHealth()
    {
        using var response = await client.GetAsync(new Uri("/api/wyckoff/health", UriKind.Relative));

        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo("wyckoff"));
            Assert.That(echo.Path, Is.EqualTo("/health"));
        });
    }

    [TestCaseSource(typeof(GatewayServices), nameof(GatewayServices.Api))]
    public async Task Get_EachService_IsRoutedWithPrefixStrippedAndQueryKept(string service)
    {
        using var response = await client.GetAsync(new Uri($"/api/{service}/some/resource?session=2025-08-26", UriKind.Relative));

        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo(service));
            Assert.That(echo.Path, Is.EqualTo("/some/resource"));
            Assert.That(echo.Query, Is.EqualTo("?session=2025-08-26"));
            Assert.That(echo.Headers["x-forwarded-prefix"], Is.EqualTo($"/api/{service}"));
        });
    }

    [TestCase("/api/ingestion")]
    [TestCase("/api/ingestion/")]
    public async Task Get_ServiceRoot_BecomesSlash(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo("ingestion"));
            Assert.That(echo.Path, Is.EqualTo("/"));
        });
    }

    [TestCase("/", "/")]
    [TestCase("/runs/42", "/runs/42")]
    [TestCase("/apiary", "/apiary")]
    [TestCase("/app.css", "/app.css")]
    public async Task Get_NonApiPath_ReachesWebUnchanged(string path, string expectedPath)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo(GatewayServices.Web));
            Assert.That(echo.Path, Is.EqualTo(expectedPath));
        });
    }

    [TestCase("/api/portfolio/positions")]
    [TestCase("/api")]
    [TestCase("/api/")]
    public async Task Get_UnknownService_Is404Problem(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await TestHttp.AssertProblemAsync(response, 404, "Not Found");
    }

    [Test]
    public async Task RequestId_IsMintedForwardedAndEchoed()
    {
        using var response = await client.GetAsync(new Uri("/api/options/contracts", UriKind.Relative));

        var echo = await TestHttp.EchoAsync(response);
        var returned = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Multiple(() =>
        {
            Assert.That(returned, Is.Not.Empty);
            Assert.That(echo.Headers["x-request-id"], Is.EqualTo(returned));
        });
    }

    [TestCase("caller-id-123", "caller-id-123")]
    [TestCase("bad id with spaces", null)]
    public async Task RequestId_FromCallerIsKeptOnlyWhenWellFormed(string sent, string? kept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/metrics/indicators");
        request.Headers.TryAddWithoutValidation("X-Request-Id", sent);

        using var response = await client.SendAsync(request);

        var echo = await TestHttp.EchoAsync(response);
        var forwarded = echo.Headers["x-request-id"];
        Assert.That(forwarded, kept is null ? Is.Not.EqualTo(sent).And.Not.Empty : Is.EqualTo(kept));
        Assert.That(response.Headers.GetValues("X-Request-Id").Single(), Is.EqualTo(forwarded));
    }

    [Test]
    public async Task Metrics_OnGatewayPort_IsPrometheusTextCountingProxiedRoutes()
    {
        using (await client.GetAsync(new Uri("/api/wyckoff/alerts", UriKind.Relative)))
        {
        }

        var text = string.Empty;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            // The exporter caches a scrape for a moment: ask again until the request above is counted.
            using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            text = await response.Content.ReadAsStringAsync();
        }
        while (!text.Contains("http_route=\"/api/wyckoff/{**rest}\"", StringComparison.Ordinal) && DateTime.UtcNow < deadline && await Delay());

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("# TYPE http_server_request_duration_seconds histogram"));
            Assert.That(text, Does.Contain("http_route=\"/api/wyckoff/{**rest}\""));
            Assert.That(stubs.Received.Any(r => r.Path == "/metrics"), Is.False, "/metrics must not be forwarded");
        });
    }

    [TestCase("/alive", "Healthy")]
    [TestCase("/health", "\"status\":\"Healthy\"")]
    public async Task OwnHealthEndpoints_AnswerWithoutForwarding(string path, string expected)
    {
        var probe = Guid.NewGuid().ToString("N");

        using var response = await client.GetAsync(new Uri($"{path}?probe={probe}", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(text, Does.Contain(expected));
            Assert.That(stubs.Received.Any(r => r.Query.Contains(probe, StringComparison.Ordinal)), Is.False, path + " must not be forwarded");
        });
    }

    [Test]
    public async Task ForwardedHeaders_NameTheCallerAndTheHostItUsed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/options/contracts");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "10.9.8.7");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Prefix", "/forged");

        using var response = await client.SendAsync(request);

        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(echo.Headers["x-forwarded-for"], Is.EqualTo("127.0.0.1"), "a caller's own X-Forwarded-For is not trusted");
            Assert.That(echo.Headers["x-forwarded-proto"], Is.EqualTo("http"));
            Assert.That(echo.Headers["x-forwarded-host"], Is.EqualTo(environment.FrontendUrl.Authority));
            Assert.That(echo.Headers["x-forwarded-prefix"], Is.EqualTo("/api/options"));
            Assert.That(echo.Headers["host"], Is.EqualTo(environment.FrontendUrl.Authority), "the caller's Host reaches the backend");
        });
    }

    [Test]
    public async Task HealthChecks_GetAliveOnEveryBackend()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var checkedServices = new HashSet<string>();
        while (DateTime.UtcNow < deadline && checkedServices.Count < GatewayServices.All.Count)
        {
            checkedServices = [.. stubs.Received.Where(r => r is { Method: "GET", Path: "/alive" }).Select(r => r.Service)];
            await Task.Delay(200);
        }

        Assert.That(checkedServices, Is.EquivalentTo(GatewayServices.All), gateway.Output);
    }

    [Test]
    public async Task PageLoadBurst_StaysUnderTheDefaultRateLimit()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.GetAsync(new Uri($"/api/wyckoff/alerts?i={i.ToString(CultureInfo.InvariantCulture)}", UriKind.Relative))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task Unauthorized_AdvertisesTheApiKeyScheme()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/execution/orders/1");

        using var response = await client.SendAsync(request);

        Assert.That(response.Headers.WwwAuthenticate, Does.Contain(new AuthenticationHeaderValue("ApiKey")));
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }
}
