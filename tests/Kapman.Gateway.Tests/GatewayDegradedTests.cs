using System.Net;

namespace Kapman.Gateway.Tests;

/// <summary>
/// Gateway instances started per test with a low KAPMAN_RATE_LIMIT or a dead backend: 429 above the limit (not for
/// callers holding the API key), and a marked 503 problem when a service cannot be reached.
/// </summary>
[TestFixture]
public sealed class GatewayDegradedTests
{
    private StubBackends stubs = null!;

    [OneTimeSetUp]
    public async Task StartStubs() => stubs = await StubBackends.StartAsync(GatewayServices.All);

    [OneTimeTearDown]
    public async Task StopStubs()
    {
        if (stubs is not null)
        {
            await stubs.DisposeAsync();
        }
    }

    [Test]
    public async Task AboveTheRateLimit_Is429Problem()
    {
        const int limit = 20;
        var environment = GatewayEnvironment.OnFreePorts("limit-test-key", stubs.Addresses, limit);
        using var haproxy = await HaproxyProcess.StartAsync(environment);
        using var client = TestHttp.Client(environment.FrontendUrl);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < limit; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/wyckoff/alerts", UriKind.Relative));
            statuses.Add(allowed.StatusCode);
        }

        using var rejected = await client.GetAsync(new Uri("/api/wyckoff/alerts", UriKind.Relative));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "requests within the limit must pass");
        await TestHttp.AssertProblemAsync(rejected, 429, "Too Many Requests");
        Assert.That(rejected.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public async Task RequestsWithTheApiKey_AreNotRateLimited()
    {
        const int limit = 5;
        var environment = GatewayEnvironment.OnFreePorts("keyed-limit-key", stubs.Addresses, limit);
        using var haproxy = await HaproxyProcess.StartAsync(environment);
        using var client = TestHttp.Client(environment.FrontendUrl);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3 * limit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/wyckoff/alerts", UriKind.Relative));
            request.Headers.Add("X-Api-Key", "keyed-limit-key");
            using var keyed = await client.SendAsync(request);
            statuses.Add(keyed.StatusCode);
        }

        using var anonymous = await client.GetAsync(new Uri("/api/wyckoff/alerts", UriKind.Relative));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "keyed requests pass at three times the limit");
        Assert.That((int)anonymous.StatusCode, Is.EqualTo(429), "the same address without the key is still limited");
    }

    [Test]
    public async Task DeadBackend_Is503ProblemMarkedAsGatewayError()
    {
        var backends = new Dictionary<string, string>(stubs.Addresses) { ["execution"] = $"127.0.0.1:{FreePort.Next()}" };
        var environment = GatewayEnvironment.OnFreePorts("dead-test-key", backends);
        using var haproxy = await HaproxyProcess.StartAsync(environment);
        using var client = TestHttp.Client(environment.FrontendUrl);

        using var response = await client.GetAsync(new Uri("/api/execution/orders", UriKind.Relative));

        await TestHttp.AssertProblemAsync(response, 503, "Service Unavailable");
        Assert.That(response.Headers.GetValues("X-Kapman-Gateway-Error").Single(), Is.EqualTo("unavailable"));
    }
}
