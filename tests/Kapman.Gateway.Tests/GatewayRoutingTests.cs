using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Kapman.Gateway.Tests;

/// <summary>
/// The real HAProxy with gateway/haproxy.cfg in front of stub backends: routing and prefix stripping, the API key
/// on mutating calls, request ids, the Prometheus endpoints and the active /alive health checks.
/// </summary>
[TestFixture]
public sealed class GatewayRoutingTests
{
    private const string ApiKey = "routing-test-key";

    private StubBackends stubs = null!;
    private GatewayEnvironment environment = null!;
    private HaproxyProcess haproxy = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task StartGateway()
    {
        stubs = await StubBackends.StartAsync(GatewayServices.All);
        environment = GatewayEnvironment.OnFreePorts(ApiKey, stubs.Addresses);
        haproxy = await HaproxyProcess.StartAsync(environment);
        client = TestHttp.Client(environment.FrontendUrl);
    }

    [OneTimeTearDown]
    public async Task StopGateway()
    {
        client?.Dispose();
        haproxy?.Dispose();
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

    [Test]
    public async Task Get_UnknownService_Is404Problem()
    {
        using var response = await client.GetAsync(new Uri("/api/portfolio/positions", UriKind.Relative));

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
    public async Task Metrics_OnGatewayPort_IsPrometheusText()
    {
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(text, Does.Contain("# TYPE haproxy_process_uptime_seconds gauge"));
            Assert.That(text, Does.Contain("haproxy_frontend_http_requests_total{proxy=\"gateway\"}"));
            Assert.That(stubs.Received.Any(r => r.Path == "/metrics"), Is.False, "/metrics must not be forwarded");
        });
    }

    [Test]
    public async Task Metrics_OnStatsPort_IsPrometheusTextWithEveryBackend()
    {
        using var stats = TestHttp.Client(environment.StatsUrl);

        var text = await stats.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        foreach (var service in GatewayServices.All)
        {
            Assert.That(text, Does.Contain($"haproxy_backend_status{{proxy=\"{service}\",state=\"UP\"}} 1"), service);
        }
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

        Assert.That(checkedServices, Is.EquivalentTo(GatewayServices.All), haproxy.Output);
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
}
